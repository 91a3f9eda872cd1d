//! A YAML front-matter header (`---` ... `---` at the top of the page, as static-site and
//! Markdown scrapers store pages), read with `yaml-rust2`.
//!
//! The `title` entry becomes the title; `date`, `published_time` and `modified_time` become
//! dates; every other line (and the two delimiters) is boilerplate of kind `front_matter`. All
//! entries are listed in [`Transcript::front_matter`](crate::Transcript).

use super::{Assembled, OutDate, OutField, Txt};
use crate::classify::Unit;
use crate::grammar::date;
use crate::model::{BoilerplateKind, DateKind, FrontMatterEntry};
use yaml_rust2::{Yaml, YamlLoader};

/// Read front matter at the top of the page into `out`; returns the number of units it takes
/// (0 when there is none).
pub(crate) fn read(text: &str, units: &[Unit], out: &mut Assembled) -> usize {
    let Some(first) = units.first() else { return 0 };
    if first.text(text) != "---" || first.indent != 0 {
        return 0;
    }
    let Some(close) = units
        .iter()
        .take(80)
        .skip(1)
        .position(|u| u.text(text) == "---" || u.text(text) == "...")
        .map(|p| p + 1)
    else {
        return 0;
    };
    let yaml_text = &text[first.end()..units[close].start()];
    // aliases (`*name`) are refused before loading: each one copies its anchor's value, and a
    // few lines of them nest into gigabytes (the "billion laughs"); front matter never needs them
    let loaded = if has_alias(yaml_text) {
        Err(())
    } else {
        YamlLoader::load_from_str(yaml_text).map_err(|_| ())
    };
    let docs = match loaded {
        Ok(docs) => docs,
        Err(()) => {
            out.front_matter_error = true;
            for u in &units[..=close] {
                out.chrome(BoilerplateKind::FrontMatter, (u.start(), u.end()));
            }
            return close + 1;
        }
    };
    let map = docs.first().and_then(Yaml::as_hash);
    out.chrome(BoilerplateKind::FrontMatter, (first.start(), first.end()));
    // entries: a unit at indent 0 that starts with `key:` opens an entry
    let mut i = 1;
    while i < close {
        let u = &units[i];
        let t = u.text(text);
        let key = t.split_once(':').map(|(k, _)| k.trim()).filter(|k| {
            u.indent == 0
                && !k.is_empty()
                && k.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        });
        let mut j = i + 1;
        while j < close
            && !(units[j].indent == 0
                && units[j].text(text).contains(':')
                && !units[j].text(text).starts_with(['"', '\'']))
        {
            j += 1;
        }
        let span = (u.start(), units[j - 1].end());
        let value = key
            .and_then(|k| map.and_then(|m| m.get(&Yaml::String(k.to_string()))))
            .map(render);
        match (key, value) {
            (Some(k), Some(v)) => {
                out.front_matter.push(FrontMatterEntry {
                    key: k.to_string(),
                    value: v.clone(),
                });
                let lk = k.to_ascii_lowercase();
                if lk == "title" && !v.trim().is_empty() && out.title.is_none() {
                    out.title = Some(OutField {
                        text: Txt::Owned(v.split_whitespace().collect::<Vec<_>>().join(" ")),
                        span,
                    });
                } else if let Some(kind) = date_key(&lk).filter(|_| !v.is_empty()) {
                    let value_at = t.find(':').map_or(0, |c| c + 1);
                    let raw = &text[u.start() + value_at..span.1];
                    let lead = raw.len() - raw.trim_start_matches([' ', '\'', '"']).len();
                    match date::date(&raw[lead..]) {
                        Some(m) => {
                            let mut d: OutDate = super::out_date(kind, &m, u.start(), true);
                            d.span = span;
                            out.dates.push(d);
                        }
                        None => out.chrome(BoilerplateKind::FrontMatter, span),
                    }
                } else if lk == "source_url" || lk == "url" || lk == "link" {
                    if out.source_url.is_none() {
                        out.source_url = Some(OutField {
                            text: Txt::Owned(v),
                            span,
                        });
                    } else {
                        out.chrome(BoilerplateKind::FrontMatter, span);
                    }
                } else {
                    out.chrome(BoilerplateKind::FrontMatter, span);
                }
            }
            _ => out.chrome(BoilerplateKind::FrontMatter, span),
        }
        i = j;
    }
    out.chrome(
        BoilerplateKind::FrontMatter,
        (units[close].start(), units[close].end()),
    );
    close + 1
}

fn date_key(key: &str) -> Option<DateKind> {
    match key {
        "date" | "published" | "published_time" | "published_at" | "pubdate" | "date_published" => {
            Some(DateKind::Published)
        }
        "modified_time" | "modified" | "updated" | "updated_at" | "last_modified"
        | "date_modified" => Some(DateKind::Updated),
        _ => None,
    }
}

/// A YAML value as text: scalars as written, lists joined with `, `.
/// Whether YAML text defines an anchor (`&name`) and uses an alias (`*name`), each opening a
/// value (after a space, `[`, `,`, `:`, `-` or `{`, or at a line start).
fn has_alias(yaml: &str) -> bool {
    let b = yaml.as_bytes();
    let opens = |mark: u8| {
        memchr::memchr_iter(mark, b).any(|i| {
            let before = if i == 0 { b'\n' } else { b[i - 1] };
            let after = b.get(i + 1).copied().unwrap_or(b' ');
            matches!(
                before,
                b' ' | b'\t' | b'\n' | b'[' | b',' | b':' | b'-' | b'{'
            ) && (after.is_ascii_alphanumeric() || after == b'_')
        })
    };
    opens(b'&') && opens(b'*')
}

fn render(y: &Yaml) -> String {
    match y {
        Yaml::String(s) | Yaml::Real(s) => s.clone(),
        Yaml::Integer(i) => i.to_string(),
        Yaml::Boolean(b) => b.to_string(),
        Yaml::Array(items) => items.iter().map(render).collect::<Vec<_>>().join(", "),
        Yaml::Hash(h) => h
            .iter()
            .map(|(k, v)| format!("{}: {}", render(k), render(v)))
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::has_alias;

    #[test]
    fn aliases_are_seen() {
        assert!(has_alias("a: &a [1, 2]\nb: [*a, *a]\n"));
        assert!(!has_alias("b: *a\n"));
        assert!(!has_alias("title: Remarks *as prepared*\ntags: [a, b]\n"));
        assert!(!has_alias("note: 5*3 = 15\n"));
    }
}
