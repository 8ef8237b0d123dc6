//! A unit's email addresses as the monitoring unit types them: one or more,
//! separated by commas, semicolons or spaces; kept comma-separated, as a
//! `mailto:` link takes them.

/// Why typed addresses were refused: the first one that is not an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadAddress(pub String);

/// The longest address a mail system takes (RFC 5321's path limit).
const MAX_ADDRESS: usize = 254;
/// The longest local part (before the `@`).
const MAX_LOCAL: usize = 64;

/// `text`'s addresses, comma-separated; `None` when there are none (the
/// address is cleared).
pub fn parse_addresses(text: &str) -> Result<Option<String>, BadAddress> {
    let addresses: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .collect();
    if let Some(bad) = addresses.iter().find(|a| !is_address(a)) {
        return Err(BadAddress((*bad).to_owned()));
    }
    Ok((!addresses.is_empty()).then(|| addresses.join(",")))
}

/// A plain `local@domain.tld` address, ASCII only: what government mail
/// systems give (`vanthu@langson.gov.vn`). Quoted local parts and address
/// literals are refused: no one types them, and `mailto:` mangles them.
fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let atom = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c);
    let label = |part: &str| {
        !part.is_empty()
            && !part.starts_with('-')
            && !part.ends_with('-')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    text.len() <= MAX_ADDRESS
        && !local.is_empty()
        && local.len() <= MAX_LOCAL
        && local.chars().all(atom)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && domain.contains('.')
        && domain.split('.').all(label)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_in_any_list_form() {
        assert_eq!(
            parse_addresses(" vanthu@langson.gov.vn "),
            Ok(Some("vanthu@langson.gov.vn".into()))
        );
        assert_eq!(
            parse_addresses("a@svhttdl.langson.gov.vn; b.c@gmail.com,\nd+e@x.vn"),
            Ok(Some(
                "a@svhttdl.langson.gov.vn,b.c@gmail.com,d+e@x.vn".into()
            ))
        );
        assert_eq!(parse_addresses("  , ; "), Ok(None));
        assert_eq!(parse_addresses(""), Ok(None));
    }

    #[test]
    fn what_is_not_an_address_is_named() {
        for bad in [
            "vanthu",
            "vanthu@langson",
            "@langson.gov.vn",
            "van..thu@langson.gov.vn",
            ".vanthu@langson.gov.vn",
            "vanthu@langson..gov.vn",
            "vanthu@-langson.gov.vn",
            "văn.thư@langson.gov.vn",
            "a@b@c.vn",
            "\"a b\"@c.vn",
        ] {
            let typed = format!("ok@x.vn, {bad}");
            let expected = bad.split([' ', ',']).find(|p| !is_address(p)).unwrap();
            assert_eq!(
                parse_addresses(&typed),
                Err(BadAddress(expected.to_owned())),
                "{bad}"
            );
        }
        let long = format!("{}@x.vn", "a".repeat(MAX_LOCAL + 1));
        assert_eq!(parse_addresses(&long), Err(BadAddress(long.clone())));
    }

    proptest::proptest! {
        /// Addresses listed with any separators read back as the same list,
        /// comma-separated; and once read, they read back unchanged.
        #[test]
        fn listed_addresses_read_back(
            addresses in proptest::collection::vec("[a-z0-9]([a-z0-9._+-]{0,10}[a-z0-9])?@[a-z0-9]{1,8}(\\.[a-z]{2,4}){1,3}", 0..5),
            separators in proptest::collection::vec("[,; \n\t]{1,3}", 5),
        ) {
            let addresses: Vec<String> = addresses
                .into_iter()
                .filter(|a| !a.contains(".."))
                .collect();
            let typed: String = addresses
                .iter()
                .zip(&separators)
                .map(|(address, separator)| format!("{address}{separator}"))
                .collect();
            let read = parse_addresses(&typed);
            let expected = (!addresses.is_empty()).then(|| addresses.join(","));
            proptest::prop_assert_eq!(&read, &Ok(expected.clone()));
            if let Some(list) = expected {
                proptest::prop_assert_eq!(parse_addresses(&list), Ok(Some(list.clone())));
            }
        }

        /// Whatever is typed, what is kept is ASCII, holds no separator but
        /// commas, and every part has one `@`.
        #[test]
        fn what_is_kept_is_a_plain_list(text in "\\PC{0,40}|[a-zđ@.,; -]{0,40}") {
            if let Ok(Some(list)) = parse_addresses(&text) {
                proptest::prop_assert!(list.is_ascii());
                proptest::prop_assert!(!list.contains([';', ' ', '\n']));
                for part in list.split(',') {
                    proptest::prop_assert_eq!(part.matches('@').count(), 1);
                }
            }
        }
    }
}
