//! Datelines: where the event took place.
//!
//! Shapes: a place on its own line (`Kazan`, `The Kremlin, Moscow`, `Novo-Ogaryovo, Moscow
//! Region`, `James S. Brady Press Briefing Room`, `Aboard Air Force One`, `Москва, Кремль`);
//! a place after a date on the same line (`May 8, 2021 - 18:10 - The Kremlin, Moscow`,
//! `March 15, 2011, Tarnevo`); a place in capitals opening the lede before a dash
//! (`EASTPORT (December 22, 2013) — ...`, `VALBY — The minister ...`); a place and date in
//! brackets (`(Valmont, March 6, 2008)`).

use super::PResult;
use super::words::{is_small_word, lower, word_count, word_count_capped};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{opt, recognize};
use nom::multi::separated_list1;

/// Words that mark a place name (`Room`, `Kremlin`, `Region`, `Aboard`, `область`).
pub(crate) fn is_place_word(lower_word: &str) -> bool {
    matches!(
        lower_word.trim_end_matches([',', '.']),
        "room"
            | "kremlin"
            | "region"
            | "aboard"
            | "via"
            | "teleconference"
            | "telephone"
            | "videoconference"
            | "house"
            | "hall"
            | "palace"
            | "residence"
            | "moscow"
            | "washington"
            | "d.c"
            | "city"
            | "oblast"
            | "territory"
            | "republic"
            | "область"
            | "край"
            | "кремль"
            | "москва"
            | "резиденция"
    )
}

/// Whether `line` reads as a place name: one to eight words, starting upper case, every word
/// capitalized or a small connecting word, no digits, no sentence end other than an
/// abbreviation (`D.C.`), Markdown emphasis marks around it set aside. `strong` is set when a
/// place word is present.
pub(crate) fn place_shape(line: &str) -> Option<bool> {
    // (in Markdown emphasis, perhaps over two lines: `*Private Residence` / `Los Angeles*`)
    let t = line.trim().trim_matches(['*', '_']).trim();
    let n = word_count(t);
    // a number only as a room's or a building's, after a word (`Hearing Room 2, Justice
    // Building`), and no date
    let number = |w: &str| {
        let w = w.trim_end_matches(',');
        (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let month =
        |w: &str| crate::grammar::date::month_number(w.trim_end_matches(['.', ','])).is_some();
    if n == 0
        || n > 8
        || t.chars().any(|c| c.is_ascii_digit())
            && (t
                .split(' ')
                .next()
                .is_some_and(|w| w.contains(|c: char| c.is_ascii_digit()))
                || t.split(' ')
                    .any(|w| w.contains(|c: char| c.is_ascii_digit()) && !number(w))
                || t.split(' ').any(month)
                || crate::grammar::date::first_date(t).is_some())
    {
        return None;
    }
    if t.ends_with(['!', '?', ':', ';', '…']) {
        return None;
    }
    if t.ends_with('.') && !t.ends_with("D.C.") && !t.ends_with(" St.") {
        return None;
    }
    let mut strong = false;
    for (i, w) in t.split(' ').filter(|w| !w.is_empty()).enumerate() {
        let lw = lower(w);
        if is_place_word(&lw) {
            strong = true;
        }
        // a record's own name (`DRAFT HANSARD`, `Official Transcript`) is not a place
        // (nor is a sitting of it: `Twelfth Meeting`)
        if matches!(
            lw.as_str(),
            "hansard"
                | "draft"
                | "record"
                | "proceedings"
                | "minutes"
                | "debates"
                | "verbatim"
                | "meeting"
                | "sitting"
                | "session"
                // (a transcript's own headings: `EXAMINATION`, `DEPOSITION OF ...`)
                | "examination"
                | "deposition"
                | "testimony"
                | "transcript"
                | "contents"
                | "appearances"
        ) || crate::grammar::words::is_chrome_word(&lw)
        {
            return None;
        }
        // a broadcast's or post's note (`Heard on Morning Edition`, `Aired on Channel 4`)
        if i == 0
            && matches!(
                lw.as_str(),
                "heard"
                    | "aired"
                    | "broadcast"
                    | "recorded"
                    | "filmed"
                    | "streamed"
                    | "listen"
                    | "watch"
                    | "posted"
                    | "updated"
                    | "published"
            )
        {
            return None;
        }
        let first = w.chars().next()?;
        if number(w) {
            continue;
        }
        let ok = first.is_uppercase()
            || (i > 0 && (is_small_word(lw.trim_end_matches(',')) || is_place_word(&lw)))
            || first == '(';
        if !ok {
            return None;
        }
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | ',' | '(' | ')'))
        {
            return None;
        }
    }
    Some(strong)
}

/// Whether `line` names a place by common nouns before its region: a name and one to three
/// words in lower case (no verb in the past, adverb or function word: not `Crews trained hard`),
/// then after the last comma a place with a place word (`Tsugol training range, Trans-Baikal
/// Territory`, `Lesnoy village, Northern Region`). The header reads it as a place only right
/// under a date or time line.
pub(crate) fn common_place(line: &str) -> bool {
    let Some((head, region)) = line.rsplit_once(", ") else {
        return false;
    };
    // (the words counted up to five, not collected: a long line of prose is no place)
    let mut words = head.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    place_shape(region) == Some(true)
        && (1..=3).contains(&head.split(' ').skip(1).take(4).count())
        && first.starts_with(char::is_uppercase)
        && first
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && words.all(|w| {
            !w.is_empty()
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !crate::classify::is_past_verb(w)
                && !w.ends_with("ly")
                && !super::words::is_function_word(w)
        })
}

/// A place in capitals opening a paragraph, an optional bracketed date, then a dash:
/// `EASTPORT (December 22, 2013) — `, `VALBY — `. Returns `(place, rest)`, `rest` starting at the
/// lede's first word.
pub(crate) fn inline_dateline(i: &str) -> PResult<'_, &str> {
    let caps_word = take_while1(|c: char| c.is_uppercase() || matches!(c, '-' | '.' | '\''));
    let (rest, place) = recognize(separated_list1(
        alt((recognize((char(','), space1)), space1)),
        caps_word,
    ))
    .parse(i)?;
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3 || word_count_capped(place, 4) > 4 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = opt((
        space1,
        char('('),
        take_while1(|c: char| c != ')' && c != '\n'),
        char(')'),
    ))
    .parse(rest)?;
    let (rest, _) = (
        space0,
        alt((tag("—"), tag("–"), tag("--"), tag("-"))),
        space1,
    )
        .parse(rest)?;
    // the story follows in ordinary casing within its first words: `REVIEW REPORT – NATIONAL
    // WATER AUTHORITY` (even with a site name after it, `... - Fiji Hansard`) is a heading, not
    // a dateline
    if !rest.starts_with(|c: char| c.is_uppercase())
        || !rest
            .split(' ')
            .take(3)
            .any(|w| w.chars().any(char::is_lowercase))
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, place))
}

/// The place after a date on the same line: the text after `, ` / ` - ` / spaces when it has a
/// place shape. Returns the offset in `rest` where the place starts.
pub(crate) fn place_after_date(rest: &str) -> Option<usize> {
    let trimmed = rest.trim_start_matches([' ', ',', '-', '–', '—', '|', '·']);
    if trimmed.is_empty() {
        return None;
    }
    place_shape(trimmed)?;
    Some(rest.len() - trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_named_by_common_nouns() {
        assert!(common_place("Lesnoy training range, Northern Region"));
        assert!(common_place("Georgiyevka village, Harbour Territory"));
        assert!(!common_place("Crews trained hard, Northern Region"));
        assert!(!common_place("Lesnoy training range, Northern coast"));
        assert!(!common_place("Lesnoy training range"));
    }

    #[test]
    fn a_sitting_is_no_place() {
        assert_eq!(place_shape("Heard on Morning Edition"), None);
        assert_eq!(place_shape("EXAMINATION"), None);
        assert_eq!(place_shape("Twelfth Meeting"), None);
        assert_eq!(place_shape("Port Lorvan, Veleria"), Some(false));
        assert_eq!(place_shape("*South Lawn*"), Some(false));
    }

    #[test]
    fn a_room_number_may_be_in_a_place_but_no_date() {
        assert_eq!(
            place_shape("Hearing Room 2, Justice Building, Kessling"),
            Some(true)
        );
        assert_eq!(place_shape("Conference Room 450"), Some(true));
        assert_eq!(place_shape("2 Harbour Street"), None);
        assert_eq!(place_shape("Kessling, March 7"), None);
        assert_eq!(place_shape("Room 2B, Kessling"), None);
    }

    #[test]
    fn place_lines() {
        assert_eq!(place_shape("The Kremlin, Moscow"), Some(true));
        assert_eq!(place_shape("Kazan"), Some(false));
        assert_eq!(place_shape("Novo-Ogaryovo, Moscow Region"), Some(true));
        assert_eq!(
            place_shape("James S. Brady Press Briefing Room"),
            Some(true)
        );
        assert_eq!(place_shape("Washington, D.C."), Some(true));
        assert_eq!(place_shape("Москва, Кремль"), Some(true));
        assert_eq!(place_shape("Московская область, Ново-Огарёво"), Some(true));
        assert_eq!(place_shape("The clinic opened last spring."), None);
        assert_eq!(place_shape("2:55 P.M. EDT"), None);
    }

    #[test]
    fn inline_datelines() {
        let (rest, place) =
            inline_dateline("EASTPORT (December 22, 2013) — The ships left.").unwrap();
        assert_eq!((place, rest), ("EASTPORT", "The ships left."));
        let (rest, place) = inline_dateline("VALBY — The minister answered.").unwrap();
        assert_eq!((place, rest), ("VALBY", "The minister answered."));
        assert!(inline_dateline("VESTNIK-NEWS. September 4, 2013. Arms control").is_err());
        assert!(inline_dateline("Q – How do you respond?").is_err());
        assert!(inline_dateline("REVIEW REPORT – WATER AUTHORITY ANNUAL REPORTS").is_err());
        // a heading with a site name after it (a browser title) is no dateline either
        assert!(
            inline_dateline("REVIEW REPORT – WATER AUTHORITY ANNUAL REPORTS - Island Hansard")
                .is_err()
        );
        let (_, place) = inline_dateline("WASHINGTON – U.S. officials met today.").unwrap();
        assert_eq!(place, "WASHINGTON");
    }

    #[test]
    fn places_after_dates() {
        let rest = " - The Kremlin, Moscow";
        assert_eq!(
            &rest[place_after_date(rest).unwrap()..],
            "The Kremlin, Moscow"
        );
        let rest = ", Tarnevo";
        assert_eq!(&rest[place_after_date(rest).unwrap()..], "Tarnevo");
        assert!(place_after_date(" and then we went home.").is_none());
    }
}
