//! Dense text for browser storage: deflate, then 15 bits per UTF-16 unit.
//!
//! Browsers count localStorage in UTF-16 code units (about 5.24 million per
//! origin). Base64 carries 6 bits in each unit; this carries 15, drawing every
//! character from the contiguous range U+4000..=U+BFFF, which holds no
//! surrogate: each is one UTF-16 unit, three UTF-8 bytes, and survives every
//! conversion between the two. (No maintained crate does this: `base32768`
//! 0.1 dates from 2017 and `base16384` is GPL and carries 14 bits.)

use std::fmt;

/// The first character of the alphabet; 2^15 characters follow from it.
const BASE: u32 = 0x4000;
const BITS: u32 = 15;
const MASK: u32 = (1 << BITS) - 1;

/// The most an inflated text may be: damaged or hostile data cannot exhaust memory.
const INFLATE_LIMIT: usize = 512 * 1024 * 1024;

/// Why packed text does not give back its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// A character outside the alphabet.
    Alphabet(char),
    /// Fewer or more characters than the stated byte count needs.
    Length { bytes: usize, chars: usize },
    /// The bytes are not a whole deflate stream.
    Deflate,
    /// The inflated bytes are not UTF-8 text.
    NotText,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Alphabet(c) => write!(f, "ký tự lạ U+{:04X}", *c as u32),
            PackError::Length { bytes, chars } => {
                write!(f, "{chars} ký tự không chứa đúng {bytes} byte")
            }
            PackError::Deflate => write!(f, "luồng nén không trọn vẹn"),
            PackError::NotText => write!(f, "không phải văn bản UTF-8"),
        }
    }
}

/// How many characters carry `bytes` bytes.
fn chars_for(bytes: usize) -> usize {
    (bytes * 8).div_ceil(BITS as usize)
}

/// Bytes → characters, 15 bits each; the last character is zero-padded.
pub fn to_chars(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(chars_for(bytes.len()) * 3);
    let (mut acc, mut held) = (0u32, 0u32);
    let push = |value: u32, text: &mut String| {
        // In range by construction: BASE + MASK < 0xD800.
        text.extend(char::from_u32(BASE + (value & MASK)));
    };
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            push(acc >> held, &mut text);
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        push(acc << (BITS - held), &mut text);
    }
    text
}

/// Characters → exactly `len` bytes, refusing any character outside the
/// alphabet and any count that does not match.
pub fn from_chars(text: &str, len: usize) -> Result<Vec<u8>, PackError> {
    let mut bytes = Vec::with_capacity(len);
    let (mut acc, mut held, mut chars) = (0u32, 0u32, 0usize);
    for c in text.chars() {
        let value = (c as u32).wrapping_sub(BASE);
        if value > MASK {
            return Err(PackError::Alphabet(c));
        }
        chars += 1;
        acc = (acc << BITS) | value;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push((acc >> held) as u8);
        }
        acc &= (1 << held) - 1;
    }
    if chars != chars_for(len) || bytes.len() < len {
        return Err(PackError::Length { bytes: len, chars });
    }
    bytes.truncate(len);
    Ok(bytes)
}

/// Text → deflated bytes (fastest level: saves run on the main thread) in
/// characters, with the byte count needed to read them back.
pub fn pack(text: &str) -> (String, usize) {
    let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 1);
    (to_chars(&bytes), bytes.len())
}

pub fn unpack(chars: &str, len: usize) -> Result<String, PackError> {
    let bytes = from_chars(chars, len)?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, INFLATE_LIMIT)
        .map_err(|_| PackError::Deflate)?;
    String::from_utf8(text).map_err(|_| PackError::NotText)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let text = to_chars(&bytes);
            prop_assert_eq!(text.encode_utf16().count(), chars_for(bytes.len()));
            prop_assert!(text.chars().all(|c| (0x4000..=0xBFFF).contains(&(c as u32))));
            prop_assert_eq!(from_chars(&text, bytes.len()).unwrap(), bytes);
        }

        #[test]
        fn text_round_trips(text in "\\PC{0,300}") {
            let (chars, len) = pack(&text);
            prop_assert_eq!(unpack(&chars, len).unwrap(), text);
        }
    }

    #[test]
    fn fifteen_bits_fit_in_each_unit() {
        let bytes = vec![0xA5; 15_000];
        assert_eq!(to_chars(&bytes).encode_utf16().count(), 8_000);
    }

    #[test]
    fn damage_is_refused() {
        let (chars, len) = pack("Báo cáo kết quả thực hiện Kế hoạch số 61/KH-UBND");
        assert_eq!(
            unpack(&format!("{chars}a"), len),
            Err(PackError::Alphabet('a'))
        );
        assert!(matches!(
            unpack(&chars, len + 4),
            Err(PackError::Length { .. })
        ));
        let mut cut: Vec<char> = chars.chars().collect();
        cut.truncate(cut.len() - 2);
        let cut: String = cut.into_iter().collect();
        assert!(unpack(&cut, chars_for(cut.chars().count() * 15 / 8)).is_err());
        let wrong = to_chars(b"not a deflate stream at all");
        assert_eq!(unpack(&wrong, 27), Err(PackError::Deflate));
    }
}
