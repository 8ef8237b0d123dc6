//! A zip archive of a few small parts (APPNOTE 6.3: local headers, deflated
//! data, central directory), all an Office package needs. No zip64, no
//! encryption, no data descriptors: the sizes are known before writing.

use crate::domain::Date;
use crate::format::crc32;

/// Appends little-endian integers.
trait Put {
    fn u16(&mut self, value: u16);
    fn u32(&mut self, value: u32);
}

impl Put for Vec<u8> {
    fn u16(&mut self, value: u16) {
        self.extend_from_slice(&value.to_le_bytes());
    }
    fn u32(&mut self, value: u32) {
        self.extend_from_slice(&value.to_le_bytes());
    }
}

/// Version 2.0: deflate.
const VERSION: u16 = 20;
const DEFLATE: u16 = 8;

/// The parts' date as MS-DOS writes it (time 00:00: the day is what a
/// reader of a report needs, and the same day gives the same bytes).
fn dos_date(date: Date) -> u16 {
    let year = u16::try_from(date.year().clamp(1980, 2107) - 1980).unwrap_or(0);
    (year << 9) | (u16::from(date.month()) << 5) | u16::from(date.day())
}

/// `parts` as (name, bytes), in order, dated `date`.
pub fn archive(parts: &[(&str, &[u8])], date: Date) -> Vec<u8> {
    let day = dos_date(date);
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, bytes) in parts {
        let packed = miniz_oxide::deflate::compress_to_vec(bytes, 6);
        let sum = crc32::hash(bytes);
        let offset = out.len() as u32;
        let fields = |buffer: &mut Vec<u8>| {
            buffer.u16(VERSION);
            buffer.u16(0); // flags: plain ASCII names, sizes in the header
            buffer.u16(DEFLATE);
            buffer.u16(0); // time
            buffer.u16(day);
            buffer.u32(sum);
            buffer.u32(packed.len() as u32);
            buffer.u32(bytes.len() as u32);
            buffer.u16(name.len() as u16);
            buffer.u16(0); // extra field
        };
        out.u32(0x0403_4b50);
        fields(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);

        directory.u32(0x0201_4b50);
        directory.u16(VERSION); // made by: MS-DOS attributes
        fields(&mut directory);
        directory.u16(0); // comment
        directory.u16(0); // disk
        directory.u16(0); // internal attributes
        directory.u32(0); // external attributes
        directory.u32(offset);
        directory.extend_from_slice(name.as_bytes());
    }
    let start = out.len() as u32;
    let count = parts.len() as u16;
    out.extend_from_slice(&directory);
    out.u32(0x0605_4b50);
    out.u16(0); // this disk
    out.u16(0); // the directory's disk
    out.u16(count);
    out.u16(count);
    out.u32(directory.len() as u32);
    out.u32(start);
    out.u16(0); // comment
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    #[test]
    fn a_zip_reader_reads_every_part_back() {
        let big = "Kết quả thực hiện ".repeat(500);
        let parts: [(&str, &[u8]); 3] = [
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", big.as_bytes()),
            ("empty", b""),
        ];
        let date = Date::new(2026, 11, 27).unwrap();
        let bytes = archive(&parts, date);
        // The oracle checks signatures, offsets, sizes and each part's CRC-32.
        let mut zip = ::zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
        assert_eq!(zip.len(), 3);
        for (index, (name, content)) in parts.iter().enumerate() {
            let mut file = zip.by_index(index).unwrap();
            assert_eq!(file.name().unwrap(), *name);
            assert_eq!(file.compression(), ::zip::CompressionMethod::Deflated);
            let modified = file.last_modified().unwrap();
            assert_eq!(
                (modified.year(), modified.month(), modified.day()),
                (2026, 11, 27)
            );
            let mut read = Vec::new();
            file.read_to_end(&mut read).unwrap();
            assert_eq!(read, *content);
        }
        // Deflated: the repeated text shrinks.
        assert!(bytes.len() < big.len() / 10);
        // The same parts on the same day give the same bytes.
        assert_eq!(archive(&parts, date), bytes);
    }
}
