//! Stage directions: bracketed notes about what happened rather than what was said.
//!
//! Shapes: `(Applause.)`, `(Laughter.)`, `(BREAK IN TRANSCRIPT)`, `(In English.)`,
//! `(As interpreted.)`, `<…>`, `<...>`, `[inaudible]`, `\[applause\]` (Markdown-escaped),
//! `[04:10]` (a timestamp). A whole line in brackets is a stage direction whatever it says; inside
//! a paragraph only notes from the vocabulary below, and notes in round brackets between
//! sentences that describe an action (`(Speaks German.)`, `(A reporter sneezes.)`, `(Обращаясь
//! к ...)`), are taken out of the speech, so that an editor's insertion (`a long list [of
//! pending visa cases]`) and a speaker's aside (`(This is important.)`) stay in it.

use super::PResult;
use crate::model::StageKind;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{opt, recognize};

/// A bracketed note at the start of `i`: `(...)`, `[...]`, `\[...\]`, `<...>`, `‹...›`.
/// Returns the whole note and its inner text. The inner text is at most 240 bytes and holds no
/// brackets of the same kind.
pub(crate) fn note(i: &str) -> PResult<'_, (&str, &str)> {
    let paren = (
        tag("("),
        take_while_m_n(1, 240, |c: char| c != '(' && c != ')' && c != '\n'),
        tag(")"),
    );
    let square = (
        alt((tag("\\["), tag("["))),
        take_while_m_n(1, 240, |c: char| {
            c != '[' && c != ']' && c != '\\' && c != '\n'
        }),
        recognize((opt(tag("\\")), tag("]"))),
    );
    let angle = (
        alt((tag("<"), tag("‹"))),
        take_while_m_n(1, 20, |c: char| !matches!(c, '<' | '>' | '‹' | '›' | '\n')),
        alt((tag(">"), tag("›"))),
    );
    let (rest, (open, inner, close)) = alt((paren, square, angle)).parse(i)?;
    let whole = &i[..open.len() + inner.len() + close.len()];
    Ok((rest, (whole, inner)))
}

/// The kind of a note from its inner text, when it is in the vocabulary of stage directions.
pub(crate) fn vocabulary_kind(inner: &str) -> Option<StageKind> {
    if !inner.trim().is_empty() && inner.chars().all(|c| matches!(c, '.' | '…' | ' ')) {
        return Some(StageKind::Elision);
    }
    let t = inner.trim().trim_end_matches('.').trim();
    if t.is_empty() {
        return None;
    }
    if t.contains(':')
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ','))
    {
        return Some(StageKind::Time);
    }
    let l = super::words::lower(t);
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if has(&[
        "applause",
        "аплодисменты",
        "applaudissements",
        "applausi",
        "cheers",
        "cheering",
    ]) {
        Some(StageKind::Applause)
    } else if has(&[
        // (`laugh`, `laughs`, `laughter`, `laughing`)
        "laugh",
        "chuckles",
        "смех",
        "оживление",
        "rires",
    ]) {
        Some(StageKind::Laughter)
    } else if has(&[
        "inaudible",
        "unintelligible",
        "indiscernible",
        "crosstalk",
        "cross-talk",
        "cross talk",
        "chit-chat",
        "неразборчиво",
        "не слышно",
    ]) {
        Some(StageKind::Inaudible)
    } else if has(&[
        "break in transcript",
        "interruption",
        "interrupted",
        // `interjection`, `Members interject`, `Hon. X interjects`
        "interject",
        "briefing was concluded",
        "call concluded",
        "concluded at",
        "technical difficulties",
        "audio cut",
        "off mic",
        "off-mic",
        "pause",
        "silence",
    ]) {
        Some(StageKind::Interruption)
    } else if has(&[
        "in english",
        "in russian",
        "in french",
        "in german",
        "in spanish",
        "in chinese",
        "as interpreted",
        "via interpreter",
        "through interpreter",
        "through translator",
        "translation",
        "interpretation",
        "по-английски",
        "на английском",
        "через переводчика",
    ]) {
        Some(StageKind::Language)
    } else if has(&[
        "music",
        "jingle",
        "win alert",
        "fail alert",
        "sighs",
        "coughs",
        "noise",
        "sound",
        "video",
        "clip",
        "break",
        "end of",
        "singing",
        "phone ring",
        "ringing",
        "booing",
        "groans",
        "gasps",
        "cheers",
        "reporters",
        "participants",
    ]) {
        Some(StageKind::Other)
    } else {
        None
    }
}

/// Whether the whole of `line` is one bracketed note: a stage direction on its own line.
/// Returns its kind (`Other` for notes outside the vocabulary). A note of digits only (`(1)`)
/// is a list marker, not a stage direction.
pub(crate) fn stage_line(line: &str) -> Option<StageKind> {
    let (rest, (_, inner)) = note(line).ok()?;
    if !rest.trim().is_empty() {
        return None;
    }
    if let Some(kind) = vocabulary_kind(inner) {
        return Some(kind);
    }
    if inner.chars().any(char::is_alphabetic) {
        Some(StageKind::Other)
    } else {
        None
    }
}

/// Every vocabulary or action note inside `text`, as `(start, end, kind)` byte ranges, left to
/// right (the kind is always there: callers add other ranges to the list with none).
pub(crate) fn inline_notes(text: &str) -> Vec<(usize, usize, Option<StageKind>)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'(', b'[', b'<', &bytes[i..]) {
        let mut at = i + off;
        if bytes[at] == b'[' && at > 0 && bytes[at - 1] == b'\\' {
            at -= 1;
        }
        let parsed = note(&text[at..]);
        // a Markdown link's text is no note, nor is anything inside it: `[The end of the bug
        // bounty](https://...)`, `[Media Player (VideoLAN)](https://...)`
        if let Ok((rest, (whole, _))) = parsed
            && whole.ends_with(']')
            && rest.starts_with('(')
        {
            i = at + whole.len();
            continue;
        }
        if let Ok((rest, (whole, inner))) = parsed {
            let kind = if inner.len() <= 48 {
                vocabulary_kind(inner)
            } else {
                None
            };
            let kind = kind.or_else(|| {
                (whole.starts_with('(')
                    && between_sentences(&text[..at], rest)
                    && action_note(inner))
                .then_some(StageKind::Other)
            });
            if kind.is_some() {
                found.push((at, at + whole.len(), kind));
                i = text.len() - rest.len();
                continue;
            }
        }
        i += off + 1;
    }
    found
}

/// Whether a note stands between sentences: after the start of the line or a sentence's end,
/// and before the line's end or a new sentence.
fn between_sentences(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches(' ');
    let after = after.trim_start_matches(' ');
    (before.is_empty() || before.ends_with(['.', '?', '!', '…', '—', '–', ':', '"', '”', '»', ')']))
        && (after.is_empty()
            || after.starts_with(|c: char| {
                c.is_uppercase() || matches!(c, '(' | '—' | '–' | '"' | '“' | '«' | '…')
            }))
}

/// Whether a bracketed note's inner text reads as an action described by the transcriber, not
/// as words the speaker said: at most fifteen words, no question, no first- or second-person
/// word, no auxiliary verb, and either opening with a verb form (`Nods`, `Speaks German`,
/// `Points to the map`, `Addressing the hall`, `Обращаясь к ...`, `Показывает на экран`) or
/// with an article, a noun and a verb in the third person (`A reporter sneezes`, `The
/// President makes ...`). A plural noun opening a sentence is no verb: the word after a verb
/// opening a note is a preposition, an article, a name or nothing (`(Exports rose ...)`,
/// `(Details are ...)` are the speaker's).
fn action_note(inner: &str) -> bool {
    let t = inner.trim().trim_end_matches('.').trim_end();
    let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty()
        || words.len() > 15
        || t.contains('?')
        || !t.starts_with(char::is_alphabetic)
        || words.len() == 1 && super::words::is_all_caps(t)
    {
        return false;
    }
    let lowered: Vec<String> = words
        .iter()
        .map(|w| super::words::lower(w.trim_matches(|c: char| !c.is_alphabetic())))
        .collect();
    if lowered.iter().any(|w| super::words::is_speaker_word(w)) {
        return false;
    }
    // a verb opening the note, then a preposition, an article, a name or nothing
    let opens = verb_form(&lowered[0])
        && words.get(1).is_none_or(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    lowered[1].as_str(),
                    "to" | "at"
                        | "up"
                        | "on"
                        | "in"
                        | "off"
                        | "over"
                        | "from"
                        | "with"
                        | "toward"
                        | "towards"
                        | "a"
                        | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "к"
                        | "на"
                        | "в"
                        | "по"
                )
                || !w.is_ascii()
        });
    // an article, a noun (or two) and a verb in the third person
    let subject = matches!(lowered[0].as_str(), "a" | "an" | "the")
        && (2..=3).any(|k| {
            lowered
                .get(k)
                .is_some_and(|w| w.is_ascii() && verb_form(w) && !w.ends_with("ing"))
        });
    // a record's note of what was done, with no sentence's period (`Report handed to the
    // Clerk`, `Question No. 12 deferred`, `Interrupted`)
    let done = !inner.trim_end().ends_with('.')
        && words.len() <= 8
        && words[0].starts_with(char::is_uppercase)
        && lowered
            .iter()
            .take(4)
            .any(|w| w.is_ascii() && w.len() >= 6 && w.ends_with("ed"));
    opens || subject || done
}

/// Whether a lower-case word has the shape of a verb form that notes of actions use.
fn verb_form(w: &str) -> bool {
    let n = w.chars().count();
    if w.is_ascii() {
        // third person (`nods`, `gestures`, `touches`), not `this`, `his`, `various`
        let third = n >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !matches!(
                w,
                "does" | "yes" | "its" | "always" | "perhaps" | "sometimes"
            );
        third || n >= 6 && w.ends_with("ing")
    } else {
        n >= 5
            && [
                "ясь", "аясь", "вая", "ивая", "ется", "ится", "ает", "яет", "ует", "ит",
            ]
            .iter()
            .any(|e| w.ends_with(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_directions() {
        assert_eq!(stage_line("(Applause.)"), Some(StageKind::Applause));
        assert_eq!(stage_line("(Laughter.)"), Some(StageKind::Laughter));
        assert_eq!(stage_line("<…>"), Some(StageKind::Elision));
        assert_eq!(stage_line("<...>"), Some(StageKind::Elision));
        assert_eq!(stage_line("[inaudible]"), Some(StageKind::Inaudible));
        assert_eq!(
            stage_line("(BREAK IN TRANSCRIPT)"),
            Some(StageKind::Interruption)
        );
        assert_eq!(stage_line("(In English.)"), Some(StageKind::Language));
        assert_eq!(stage_line("(Cross-talk.)"), Some(StageKind::Inaudible));
        assert_eq!(stage_line("\\[applause\\]"), Some(StageKind::Applause));
        assert_eq!(
            stage_line("(The President departs.)"),
            Some(StageKind::Other)
        );
        assert_eq!(stage_line("(1)"), None);
        assert_eq!(stage_line("(Applause.) And next year"), None);
    }

    #[test]
    fn link_texts_are_no_notes_and_laughs_are() {
        let t = "See the [Media Player (VideoLAN)](https://example.com/v) and the [video](https://example.com/w). \\[laugh\\] And \\[phone ringing\\]";
        let found: Vec<&str> = inline_notes(t).iter().map(|n| &t[n.0..n.1]).collect();
        assert_eq!(found, ["\\[laugh\\]", "\\[phone ringing\\]"]);
        assert_eq!(stage_line("[laugh]"), Some(StageKind::Laughter));
    }

    #[test]
    fn notes_inside_text() {
        let t = "Welcome. \\[applause\\] Alice. A list [of pending visa cases] (laughs) ok";
        let found = inline_notes(t);
        assert_eq!(found.len(), 2);
        assert_eq!(&t[found[0].0..found[0].1], "\\[applause\\]");
        assert_eq!(found[0].2, Some(StageKind::Applause));
        assert_eq!(&t[found[1].0..found[1].1], "(laughs)");
        let t = "\\[04:10\\] The bulk of the day";
        let found = inline_notes(t);
        assert_eq!((found[0].0, found[0].2), (0, Some(StageKind::Time)));
    }

    #[test]
    fn action_notes_between_sentences() {
        let kinds = |t: &str| -> Vec<(String, StageKind)> {
            inline_notes(t)
                .into_iter()
                .filter_map(|(a, e, k)| Some((t[a..e].to_string(), k?)))
                .collect()
        };
        assert_eq!(
            kinds("The report is ready. (Report handed to the Clerk) Thank you."),
            vec![("(Report handed to the Clerk)".to_string(), StageKind::Other)]
        );
        let t = "Thank you. (Waves to the crowd.) Now the bridge. (A dog barks.) (Обращаясь к И.Ветрову.) Вот так. (Honourable Members interject) Order!";
        assert_eq!(
            kinds(t),
            vec![
                ("(Waves to the crowd.)".to_string(), StageKind::Other),
                ("(A dog barks.)".to_string(), StageKind::Other),
                ("(Обращаясь к И.Ветрову.)".to_string(), StageKind::Other),
                (
                    "(Honourable Members interject)".to_string(),
                    StageKind::Interruption
                ),
            ]
        );
        // the speaker's own asides, list markers, acronyms and notes inside a sentence stay
        for t in [
            "We agreed. (This is important.) Then we left.",
            "We agreed. (Which you may not like.) Then we left.",
            "We agreed. (Can everyone hear me?) Then we left.",
            "Two points. (10) The first.",
            "The agency. (NRA) It works.",
            "the man (waves quietly) went home.",
            "We agreed. (Opening the doors was hard.) then we left.",
            "Growth was strong. (Exports rose by nine percent.) A record.",
            "Inflation is down. (Details are in the annex.) More in June.",
            "It starts in July. (Families earning less benefit most.) Good.",
            "We kept our word. (The opposition predicted otherwise.) Again.",
            "We kept our word. (Sales increased by nine percent.) Again.",
        ] {
            assert_eq!(kinds(t), vec![], "{t}");
        }
    }

    #[test]
    fn note_grammar_keeps_remainder() {
        let (rest, (whole, inner)) = note("(voice-over): text").unwrap();
        assert_eq!(
            (rest, whole, inner),
            (": text", "(voice-over)", "voice-over")
        );
        assert!(note("(unclosed").is_err());
    }
}
