//! CRC-32 (the IEEE polynomial of zip and PNG), sixteen bytes a step.
//!
//! `crc32fast` computes the same sums the same way, but ships its sixteen
//! lookup tables as 16 KB of constants that do not compress: 4% of every
//! user's download. These tables are built on first use, in microseconds.
//! `crc32fast` stays as the tests' oracle.

use std::sync::OnceLock;

const POLYNOMIAL: u32 = 0xEDB8_8320;

type Tables = [[u32; 256]; 16];

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Box<Tables>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = Box::new([[0; 256]; 16]);
        for (byte, slot) in (0u32..).zip(tables[0].iter_mut()) {
            *slot = (0..8).fold(byte, |crc, _| {
                if crc & 1 == 1 {
                    (crc >> 1) ^ POLYNOMIAL
                } else {
                    crc >> 1
                }
            });
        }
        // Table k advances a byte through k more zero bytes.
        for k in 1..16 {
            for byte in 0..256 {
                let previous = tables[k - 1][byte];
                tables[k][byte] = (previous >> 8) ^ tables[0][usize::from(previous as u8)];
            }
        }
        tables
    })
}

/// The CRC-32 of `bytes`.
pub fn hash(bytes: &[u8]) -> u32 {
    let t = tables();
    let at = |table: usize, byte: u8| t[table][usize::from(byte)];
    let mut crc = !0u32;
    let mut blocks = bytes.chunks_exact(16);
    // Written out in full: a size-optimised build does not unroll loops.
    while let Some(Ok(b)) = blocks.next().map(<&[u8; 16]>::try_from) {
        let [a0, a1, a2, a3] = (crc ^ u32::from_le_bytes([b[0], b[1], b[2], b[3]])).to_le_bytes();
        crc = at(15, a0)
            ^ at(14, a1)
            ^ at(13, a2)
            ^ at(12, a3)
            ^ at(11, b[4])
            ^ at(10, b[5])
            ^ at(9, b[6])
            ^ at(8, b[7])
            ^ at(7, b[8])
            ^ at(6, b[9])
            ^ at(5, b[10])
            ^ at(4, b[11])
            ^ at(3, b[12])
            ^ at(2, b[13])
            ^ at(1, b[14])
            ^ at(0, b[15]);
    }
    for &byte in blocks.remainder() {
        crc = (crc >> 8) ^ at(0, crc as u8 ^ byte);
    }
    !crc
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::hash;
    use proptest::prelude::*;

    #[test]
    fn the_standard_check_value() {
        assert_eq!(hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(hash(b""), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Every length around the sixteen-byte step, every byte value.
        #[test]
        fn equals_crc32fast(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            prop_assert_eq!(hash(&bytes), crc32fast::hash(&bytes));
        }
    }
}
