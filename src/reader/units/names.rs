//! One name per body however it is written: abbreviations written out, the
//! key two mentions share, groups, kinds and short names.

use crate::domain::text::fold;
use crate::domain::UnitKind;

/// Abbreviations (folded) and what they stand for.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "Ủy ban nhân dân"),
    ("hdnd", "Hội đồng nhân dân"),
    ("tt&tt", "Thông tin và Truyền thông"),
    ("tttt", "Thông tin và Truyền thông"),
    ("kh&dt", "Kế hoạch và Đầu tư"),
    ("khdt", "Kế hoạch và Đầu tư"),
    ("kh&cn", "Khoa học và Công nghệ"),
    ("khcn", "Khoa học và Công nghệ"),
    ("vhttdl", "Văn hóa, Thể thao và Du lịch"),
    ("vhtt&dl", "Văn hóa, Thể thao và Du lịch"),
    ("gd&dt", "Giáo dục và Đào tạo"),
    ("gddt", "Giáo dục và Đào tạo"),
    ("ld-tb&xh", "Lao động - Thương binh và Xã hội"),
    ("ldtb&xh", "Lao động - Thương binh và Xã hội"),
    ("ldtbxh", "Lao động - Thương binh và Xã hội"),
    ("nn&ptnt", "Nông nghiệp và Phát triển nông thôn"),
    ("nn&mt", "Nông nghiệp và Môi trường"),
    ("tn&mt", "Tài nguyên và Môi trường"),
    ("tnmt", "Tài nguyên và Môi trường"),
    ("gtvt", "Giao thông vận tải"),
    ("mttq", "Mặt trận Tổ quốc"),
    ("ubmttq", "Ủy ban Mặt trận Tổ quốc"),
    ("ptth", "Phát thanh - Truyền hình"),
    ("bcd", "Ban Chỉ đạo"),
    ("bql", "Ban Quản lý"),
    ("ccb", "Cựu chiến binh"),
    ("tw", "Trung ương"),
    ("vp", "Văn phòng"),
    ("ttdt", "Thông tin điện tử"),
    ("bchqs", "Bộ Chỉ huy Quân sự"),
    ("bhxh", "Bảo hiểm xã hội"),
    ("ttxvn", "Thông tấn xã Việt Nam"),
    ("vtv", "Đài Truyền hình Việt Nam"),
    ("vov", "Đài Tiếng nói Việt Nam"),
    ("ubtvqh", "Ủy ban Thường vụ Quốc hội"),
    ("stttt", "Sở Thông tin và Truyền thông"),
    ("kh,cn&mt", "Khoa học, Công nghệ và Môi trường"),
    ("tp", "thành phố"),
];

/// A name with its abbreviations written out: "Sở TT&TT" → "Sở Thông tin và
/// Truyền thông"; "UBND tỉnh" → "Ủy ban nhân dân tỉnh".
pub fn expand(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 16);
    for (index, token) in name.split_whitespace().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        let core = token.trim_end_matches([',', ';', '.']);
        let tail = &token[core.len()..];
        let folded = fold(core);
        match ABBREVIATIONS.iter().find(|(short, _)| *short == folded) {
            Some((_, long))
                if core.chars().filter(|c| c.is_uppercase()).count() >= 2 || folded == "tp" =>
            {
                out.push_str(long);
                out.push_str(tail);
            }
            _ => out.push_str(token),
        }
    }
    out
}

/// The key two mentions of one body share: expanded, folded, without the
/// words that only place it ("có liên quan", "trên địa bàn tỉnh").
pub fn key(name: &str) -> String {
    let expanded = fold(&expand(name));
    let mut words: Vec<&str> = expanded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for tail in [
        &["co", "lien", "quan"][..],
        &["lien", "quan"],
        &["tren", "dia", "ban", "tinh"],
        &["tren", "dia", "ban"],
    ] {
        if words.ends_with(tail) {
            words.truncate(words.len() - tail.len());
        }
    }
    words.join(" ")
}

/// Whether a name stands for several bodies at once ("các sở, ban, ngành",
/// "UBND các huyện, thành phố", "UBND cấp xã").
pub fn is_group(name: &str) -> bool {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.first() == Some(&"cac")
        || words.contains(&"cac")
        || folded.contains("cap xa")
        || folded.contains("cap huyen")
        || folded.contains("cac cap")
        || folded.contains("xa, phuong")
        || folded.contains("huyen, thanh pho")
        || folded.contains("quan, huyen")
}

/// What kind of body a name (expanded, folded) is.
pub fn kind(name: &str) -> UnitKind {
    let f = fold(&expand(name));
    let starts = |p: &str| f.starts_with(p);
    let has = |p: &str| f.contains(p);
    if starts("uy ban nhan dan") {
        let local = ["huyen", "xa", "phuong", "thi tran", "quan", "thi xa", "cap"];
        let after = f.trim_start_matches("uy ban nhan dan");
        if local.iter().any(|w| after.contains(w))
            || after.contains("thanh pho") && !after.contains("tinh")
        {
            return UnitKind::District;
        }
        return UnitKind::Other;
    }
    if starts("bao ")
        || starts("dai ")
        || has("bao chi")
        || starts("cong thong tin")
        || starts("thong tan xa")
    {
        return UnitKind::Press;
    }
    let party = [
        "tinh uy",
        "huyen uy",
        "thanh uy",
        "to dang",
        "dang",
        "ban tuyen giao",
        "ban to chuc",
        "ban dan van",
        "ban noi chinh",
        "ban chap hanh",
        "bo chinh tri",
        "ban bi thu",
        "uy ban kiem tra",
    ];
    if party.iter().any(|p| starts(p)) || has("tinh uy") && starts("ban ") {
        return UnitKind::PartyBody;
    }
    let enterprise = [
        "cong ty",
        "tap doan",
        "tong cong ty",
        "doanh nghiep",
        "ngan hang",
        "hiep hoi doanh nghiep",
    ];
    if enterprise.iter().any(|p| starts(p)) || starts("cac doanh nghiep") {
        return UnitKind::Enterprise;
    }
    let department = [
        "so ",
        "bo ",
        "ban ",
        "van phong",
        "thanh tra",
        "cuc ",
        "chi cuc",
        "cong an",
        "bo chi huy",
        "kho bac",
        "trung tam",
        "vien ",
        "cac so",
        "cac bo",
        "cac co quan",
        "cac don vi",
    ];
    if department.iter().any(|p| starts(p)) {
        return UnitKind::Department;
    }
    UnitKind::Other
}

/// A short name for tables and cards: "Sở Văn hóa, Thể thao và Du lịch" →
/// "Sở VHTT&DL", "Ủy ban nhân dân tỉnh" → "UBND tỉnh"; short names stay.
pub fn short_name(name: &str) -> String {
    let name = name.trim();
    let ubnd = name
        .replacen("Ủy ban nhân dân", "UBND", 1)
        .replacen("Uỷ ban nhân dân", "UBND", 1);
    if ubnd.chars().count() <= 24 {
        return ubnd;
    }
    let (head, rest) = match ubnd.split_once(' ') {
        Some((head, rest)) if matches!(head, "Sở" | "Bộ") => (head, rest),
        _ => return ubnd,
    };
    let parts: Vec<String> = rest
        .split(" và ")
        .map(|part| {
            part.split([' ', ','])
                .filter_map(|w| w.chars().next().filter(|c| c.is_alphabetic()))
                .flat_map(char::to_uppercase)
                .collect()
        })
        .collect();
    if parts.iter().any(String::is_empty) {
        return ubnd;
    }
    format!("{head} {}", parts.join("&"))
}
