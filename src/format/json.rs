//! Pretty-printed JSON from compact JSON: the files users exchange are
//! indented so a person can read them, and re-indenting serde_json's compact
//! text gives exactly what its pretty writer gives, without a second writer
//! compiled for every type the files hold (about 4 KB of wasm).

/// `compact` (serde_json's compact output) indented as serde_json's pretty
/// writer indents it: two spaces, `": "` after a key, `[]` and `{}` for
/// empty arrays and objects.
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    while i < bytes.len() {
        let byte = bytes[i];
        if in_string {
            out.push(byte);
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            i += 1;
            continue;
        }
        match byte {
            b'"' => {
                in_string = true;
                out.push(byte);
            }
            b'{' | b'[' => {
                let close = if byte == b'{' { b'}' } else { b']' };
                if bytes.get(i + 1) == Some(&close) {
                    out.extend_from_slice(&[byte, close]);
                    i += 1;
                } else {
                    out.push(byte);
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(byte);
            }
            b',' => {
                out.push(byte);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(byte),
        }
        i += 1;
    }
    // Only ASCII was added between the input's own bytes, at char boundaries.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::pretty;
    use proptest::prelude::*;
    use serde_json::Value;

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            // Quotes, backslashes, braces, commas, colons and Vietnamese
            // inside strings must pass through untouched.
            "[\"\\\\{}\\[\\],: aăđ\u{1}\n\tỆ]{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("[a-zđ\"\\\\:,{}]{0,6}", inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn equals_serde_json_s_pretty_writer(value in value()) {
            let compact = serde_json::to_string(&value).unwrap();
            prop_assert_eq!(pretty(&compact), serde_json::to_string_pretty(&value).unwrap());
        }
    }

    #[test]
    fn empty_containers_stay_on_their_line() {
        assert_eq!(
            pretty(r#"{"a":[],"b":{},"c":[1,{}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {}\n  ]\n}"
        );
    }
}
