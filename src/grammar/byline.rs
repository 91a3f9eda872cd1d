//! Bylines and attributions: who issued the transcript.
//!
//! Shapes: `by Presidential Press and Information Office` (the leading `by` stripped, nothing
//! else), a press-office line on its own (`Office of the Spokesperson`,
//! `Office of Communications`, `Presidential Press Office`), and a source line
//! `The source of information - http://...` whose address is kept as a `source_url`.

use super::PResult;
use super::words::{ends_sentence, starts_upper, word_count_capped};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{space0, space1};
use nom::combinator::opt;

/// `by X` at the start of `line`: the offset where `X` starts. `X` starts upper case, has at
/// most 12 words and does not end with a colon or a sentence end (except an abbreviation).
pub(crate) fn by_line(line: &str) -> Option<usize> {
    let (rest, _) = (
        alt((
            tag::<&str, &str, nom::error::Error<&str>>("by"),
            tag("By"),
            tag("BY"),
        )),
        opt(tag(":")),
        space1,
    )
        .parse(line)
        .ok()?;
    let value = rest.trim_end();
    if !starts_upper(value)
        || word_count_capped(value, 12) > 12
        || value.ends_with(':')
        || value.ends_with('?')
        || value.ends_with('!')
    {
        return None;
    }
    Some(line.len() - rest.len())
}

/// Whether `line` names a press office that issued the transcript: `Office of the Press
/// Secretary`, `Presidential Press and Information Office`, `Office of Communications`,
/// `Press Service of the President`.
pub(crate) fn office_line(line: &str) -> bool {
    if word_count_capped(line, 10) > 10 || ends_sentence(line) && !line.ends_with("Office.") {
        return false;
    }
    let l = super::words::lower(line);
    let starts = [
        "office of ",
        "press office",
        "press service",
        "press and information",
    ];
    let contains = [
        " press office",
        " information office",
        " press service",
        "press secretary",
    ];
    starts.iter().any(|s| l.starts_with(s))
        || contains.iter().any(|s| l.contains(s)) && starts_upper(line)
}

/// `The source of information - URL`, `Source: URL`: the offset where the address starts.
pub(crate) fn source_line(line: &str) -> Option<usize> {
    let (rest, _) = (
        opt(tag_no_case::<&str, &str, nom::error::Error<&str>>("the ")),
        tag_no_case("source"),
        opt(tag_no_case(" of information")),
        space0,
        alt((tag("-"), tag("–"), tag("—"), tag(":"))),
        space0,
    )
        .parse(line)
        .ok()?;
    let (_, url) = url(rest).ok()?;
    (url.len() == rest.trim_end().len()).then_some(line.len() - rest.len())
}

/// A web address: `http://...`, `https://...`, `www....`.
fn url(i: &str) -> PResult<'_, &str> {
    let (rest, _) = alt((tag("http://"), tag("https://"), tag("www."))).parse(i)?;
    let (rest, _) = take_while1(|c: char| !c.is_whitespace()).parse(rest)?;
    Ok((rest, &i[..i.len() - rest.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_lines() {
        let l = "by Presidential Press and Information Office";
        assert_eq!(
            &l[by_line(l).unwrap()..],
            "Presidential Press and Information Office"
        );
        let l = "By: Office of the Spokesperson";
        assert_eq!(&l[by_line(l).unwrap()..], "Office of the Spokesperson");
        assert!(by_line("by the way, this is prose.").is_none());
        assert!(by_line("By Mr. CORNYN (for himself and Mr. Leahy):").is_none());
        assert!(by_line("bypass road").is_none());
    }

    #[test]
    fn office_lines() {
        assert!(office_line("Office of the Spokesperson"));
        assert!(office_line("Office of Communications"));
        assert!(office_line("Presidential Press and Information Office"));
        assert!(!office_line(
            "The office of the mayor was closed for the day, he said."
        ));
        assert!(!office_line(
            "Meeting with the Press Secretary of the Council of Europe Office today and more words"
        ));
    }

    #[test]
    fn source_lines() {
        let l = "The source of information - http://en.kremlin.ru/events/19";
        assert_eq!(
            &l[source_line(l).unwrap()..],
            "http://en.kremlin.ru/events/19"
        );
        assert!(source_line("Source: the Kremlin press office").is_none());
    }
}
