//! Speaker labels: the printed name or role that opens a speaker turn.
//!
//! Shapes (the label is a run of name-like tokens: words, `(notes)`, commas):
//! - colon: `PRESIDENT OF RUSSIA VLADIMIR PUTIN: ...`, `В.Путин: ...`, `MS. PSAKI:  ...`,
//!   `Question (retranslated): ...`, `Speaker 1 (00:01:23):`, `ELENA MARKOVA:Thank you.`,
//!   `PAVEL MARKOV : ...`; a label alone on its line (`JONAS EK:`, `Name: (09:51)`); Markdown
//!   bold (`**Jane Doe:** ...`, `**Jane Doe**: ...`); after a bracketed timestamp
//!   (`[14:02:11] NAME: ...`);
//! - period, as in the US Congressional Record and Italian chamber records: `Mr. REID. ...`,
//!   `The PRESIDING OFFICER. ...`, `Mr. CARDOZA of California. ...`, `PRESIDENTE.`,
//!   `FERRARO (Misto). ...`;
//! - dash, as in Pacific Hansards: `HON. V. PILLAY.- ...`, `Mr JAMES MARAPE – ...`,
//!   `Mr ACTING SPEAKER- ...`, and `Q – ...`;
//! - a bare `Q` followed by two or more spaces, as in White House transcripts: `Q    Did you ...`;
//! - a question reported in the third person, as Westminster Hansards print them: `HON. A.
//!   LIND asked the Government, upon notice: ...` (the label is the name; [`asked_label`]);
//! - a label alone on its line with no separator, over a bar of links, as on debate-excerpt
//!   sites: `Mr Name (Constituency) (Party)` / `- Record - -`, after any photo caption naming
//!   the same person (`Name Portrait ...`), found with the bar in [`crate::classify`].
//!
//! These grammars only find candidates; whether a candidate is accepted as a label is decided
//! per document (see [`crate::classify`]), from its [`LabelShape`] and the page's other labels.

use super::PResult;
use super::words::{
    ends_sentence, honorific_words, is_all_caps, is_chrome_word, is_role_label, is_role_word,
    is_small_word, lower, lower_in, prefix, sentence_word, with_lower, word_count,
    word_count_capped,
};
use nom::Parser;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, space0, space1};
use nom::combinator::recognize;
use nom::sequence::delimited;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How a label is closed off from the speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Separator {
    /// `NAME: speech`
    Colon,
    /// `Mr. REID. speech`
    Period,
    /// `HON. V. PILLAY.- speech`, `Q – speech`
    Dash,
    /// `Q    speech`
    Spaces,
    /// A label alone on its line with no separator, over a bar of links
    /// (`Mrs Whitmore` / `- Record - -` / speech)
    Line,
    /// A question reported in the third person (`HON. A. LIND asked the Government, upon
    /// notice: speech`): the label is the member's name, the speech opens at `asked`
    Asked,
}

/// A label alone on its line with no separator (`Mr Colin Pryce (Ashbury North) (Lab)`): where
/// the label starts, after any photo caption glued before it that names the same person
/// (`Colin Pryce Portrait Mr Colin Pryce (...)`, `Helen Whitmore Photo The Leader of the House
/// (Mrs Helen Whitmore)`), or `None` when the line cannot be one (a sentence, a lower-case
/// start, over twenty words).
///
/// The caption is the longest run of capitalized words followed by one more capitalized word
/// (the image's alt-text word) whose last name word the rest of the line prints again.
pub(crate) fn bare_label_start(line: &str) -> Option<usize> {
    let line = line.trim_end();
    if line.is_empty()
        || !line.starts_with(|c: char| c.is_uppercase())
        || ends_sentence(line)
        || line.ends_with([':', ',', ';'])
        || word_count_capped(line, 21) > 20
    {
        return None;
    }
    // (offset, word) of each word
    let words: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut start = 0;
    for k in 2..words.len() {
        let caption = &words[..k - 1];
        if !caption.iter().all(|(_, w)| capitalized(w)) || !capitalized(words[k - 1].1) {
            break;
        }
        let name = caption[caption.len() - 1].1;
        let rest = &words[k..];
        if capitalized(rest[0].1)
            && rest
                .iter()
                .any(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()) == name)
        {
            start = rest[0].0;
        }
    }
    Some(start)
}

/// A label candidate at the start of a piece of text. Offsets are bytes into that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LabelMatch {
    /// Start of the label text (after any timestamp or bold marker): [`LabelMatch::start`].
    /// (Offsets are held as `u32`, so that the candidate boxed with each label line stays
    /// small; see [`crate::MAX_INPUT_BYTES`].)
    s: u32,
    /// End of the label text (before spaces and the separator): [`LabelMatch::end`].
    e: u32,
    /// Where the speech starts (after the separator, closing markers and spaces); equal to the
    /// text's length for a label alone on its line: [`LabelMatch::speech`].
    sp: u32,
    /// The separator.
    pub(crate) separator: Separator,
    /// Written in Markdown bold.
    pub(crate) bold: bool,
    /// The colon was followed directly by a letter (`MARKOVA:Thank`), or a `Q` by one space.
    pub(crate) glued: bool,
}

impl LabelMatch {
    /// A plain match (not bold, not glued). Offsets are bytes into the text.
    pub(crate) fn new(start: usize, end: usize, speech: usize, separator: Separator) -> Self {
        LabelMatch {
            s: crate::pos(start),
            e: crate::pos(end),
            sp: crate::pos(speech),
            separator,
            bold: false,
            glued: false,
        }
    }

    /// Start of the label text (after any timestamp or bold marker).
    pub(crate) fn start(&self) -> usize {
        self.s as usize
    }

    /// End of the label text (before spaces and the separator).
    pub(crate) fn end(&self) -> usize {
        self.e as usize
    }

    /// Where the speech starts (after the separator, closing markers and spaces); equal to
    /// the text's length for a label alone on its line.
    pub(crate) fn speech(&self) -> usize {
        self.sp as usize
    }

    /// Whether nothing but spaces (or a timestamp note) follows the label on its line.
    pub(crate) fn alone(&self, text: &str) -> bool {
        let rest = text[self.speech()..].trim();
        rest.is_empty() || is_timestamp_note(rest)
    }
}

fn is_word_char(c: char) -> bool {
    // Russian Cyrillic letters before the Unicode tables
    matches!(c, 'А'..='я' | 'Ё' | 'ё')
        || c.is_alphanumeric()
        || matches!(
            c,
            '\'' | '’' | '-' | '‐' | '.' | '&' | '«' | '»' | '"' | '“' | '”' | '/' | '\u{300}'
                ..='\u{36f}'
        )
}

/// One word of a label: letters, digits and `'’-.&«»"/`.
fn word(i: &str) -> PResult<'_, &str> {
    take_while1(is_word_char).parse(i)
}

/// A parenthetical note inside a label: `(retranslated)`, `(I-VT)`, `(00:01:23)`.
fn note(i: &str) -> PResult<'_, &str> {
    recognize(delimited(
        char('('),
        take_while_m_n(1, 160, |c: char| c != '(' && c != ')' && c != '\n'),
        char(')'),
    ))
    .parse(i)
}

/// A bracketed timestamp before a label or paragraph: `[14:02:11] `, `\[04:10\] `.
pub(crate) fn timestamp_prefix(i: &str) -> PResult<'_, &str> {
    let (rest, stamp) = recognize((
        nom::combinator::opt(char('\\')),
        char('['),
        take_while1(|c: char| c.is_ascii_digit() || c == ':' || c == '.' || c == ','),
        nom::combinator::opt(char('\\')),
        char(']'),
    ))
    .parse(i)?;
    let (rest, _) = space1(rest)?;
    if !stamp.contains(':') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, stamp))
}

/// Whether `s` is only a timestamp note: `(09:51)`, `[00:01:23]`.
pub(crate) fn is_timestamp_note(s: &str) -> bool {
    let inner = s
        .trim_start_matches('\\')
        .trim_start_matches(['(', '['])
        .trim_end_matches(['(', ')', ']', '\\']);
    // (the characters first: speech fails on its first letter, without a search)
    !inner.is_empty()
        && inner
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b':' || c == b'.' || c == b',')
        && inner.contains(':')
}

/// The tokens of a label run, with the offset where the run ends (before trailing spaces).
/// A run is words, notes and commas separated by spaces (and spaced dashes between offices);
/// `None` past 40 tokens or 400 bytes
/// (a long role before a name: `Head of the Federal Service for ... Anna Reyes`; the shape
/// decides whether so long a run is a label, see [`LabelShape::long_role_label`]).
fn token_run(i: &str) -> Option<(Vec<&str>, usize)> {
    token_run_limited(i, false, usize::MAX, true)
}

/// The offset in `text` of `tok`, a token cut from `text` by [`token_prefix`] at or after
/// `pos` (tokens are subslices, separated by spaces only, so this is where `text[pos..]` first
/// holds it, found without searching).
fn offset_in(text: &str, tok: &str, pos: usize) -> Option<usize> {
    let at = (tok.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (at >= pos && at + tok.len() <= text.len()).then_some(at)
}

/// The first tokens of a run (at most 18 or 260 bytes), for labels closed within a few
/// tokens (period and dash labels) whatever follows.
fn token_prefix(i: &str) -> Option<(Vec<&str>, usize)> {
    token_run_limited(i, true, usize::MAX, false)
}

/// [`token_prefix`] cut after its first `n` tokens (for a grammar that reads no further).
fn first_tokens(i: &str, n: usize) -> Option<(Vec<&str>, usize)> {
    token_run_limited(i, true, n, false)
}

/// The tokens of a run as [`token_run`] (or, when `prefix_only`, [`token_prefix`]) reads
/// them, stopping after `cap` tokens; a `long` run may hold 40 tokens and 400 bytes before a
/// wide gap (Cyrillic takes two bytes a letter), and spaced dashes, others 18 and 260.
fn token_run_limited(
    i: &str,
    prefix_only: bool,
    cap: usize,
    long: bool,
) -> Option<(Vec<&str>, usize)> {
    let mut tokens: Vec<&str> = Vec::new();
    let mut rest = i;
    let mut end = 0;
    // tokens before a wide gap (three spaces or more); pop-up text pasted after one may be
    // longer (`Moscow Mayor Ivan Lind     Lind IvanMayor of Moscow :`; a party leader's
    // pop-up names two offices: 24 tokens)
    let mut before_gap: Option<usize> = None;
    loop {
        let parsed = if rest.starts_with('(') {
            note(rest)
        } else if rest.starts_with(',') {
            tag(",").parse(rest)
        } else if long
            && tokens.len() >= 3
            && rest.starts_with(['–', '—'])
            && rest[3..].starts_with(' ')
            && tokens.iter().any(|t| with_lower(t, is_role_word))
        {
            // a spaced dash between two offices of one role, or a role and its holder's name
            // (`Deputy Prime Minister – Chief of the Government Staff`, `Deputy Prime Minister –
            // Ivo Rask`), after a role word: not between names (`Anna Lind – Bob Keel`)
            Ok((&rest[3..], &rest[..3]))
        } else {
            word(rest)
        };
        let Ok((after, tok)) = parsed else { break };
        tokens.push(tok);
        end = i.len() - after.len();
        if tokens.len() >= cap {
            break;
        }
        let (max_tokens, max_end) = match before_gap {
            Some(n) => (n + 24, 640),
            None if long => (40, 400),
            None => (18, 260),
        };
        if tokens.len() > max_tokens || end > max_end {
            if prefix_only {
                break;
            }
            return None;
        }
        let (after_space, spaces) = space0::<&str, nom::error::Error<&str>>(after).ok()?;
        if spaces.len() >= 3 && before_gap.is_none() {
            before_gap = Some(tokens.len());
        }
        if after_space.len() == after.len() && !after_space.starts_with([',', '(']) {
            // no space: the run ends here unless a comma or note follows
            rest = after_space;
            if !(rest.starts_with(',') || rest.starts_with('(')) {
                break;
            }
            continue;
        }
        rest = after_space;
    }
    if tokens.is_empty() {
        None
    } else {
        Some((tokens, end))
    }
}

/// A label ended by a colon (see the module docs), at the start of `text`.
pub(crate) fn colon_label(text: &str) -> Option<LabelMatch> {
    let mut offset = 0;
    if let Ok((rest, _)) = timestamp_prefix(text) {
        offset = text.len() - rest.len();
    }
    let mut bold = false;
    if text[offset..].starts_with("**") {
        bold = true;
        offset += 2;
    }
    let body = &text[offset..];
    let first = body.chars().next()?;
    if !(first.is_alphabetic() && (first.is_uppercase() || !first.is_lowercase())) {
        return None;
    }
    // (no colon within a run's reach, `:` or the full-width `：`, whose lead byte is 0xEF: no
    // colon label, and no run to read)
    let reach = &body.as_bytes()[..body.len().min(420)];
    memchr::memchr2(b':', 0xEF, reach)?;
    let (tokens, run_end) = token_run(body)?;
    let mut after = &body[run_end..];
    // `**Name**:` closes the bold before the colon
    let mut closed_bold = false;
    if bold && after.starts_with("**") {
        after = &after[2..];
        closed_bold = true;
    }
    let after_space = after.trim_start_matches(' ');
    let colon_len = if after_space.starts_with(':') {
        1
    } else if after_space.starts_with('：') {
        '：'.len_utf8()
    } else {
        return None;
    };
    let last = tokens.last()?;
    // `HON. V. KELD.- Mr. Speaker, Sir, I move:` is a dash label, not a colon label; so is
    // `HON. V. KELD. – Mr. Speaker, ...` (a spaced dash after a period)
    if tokens[..tokens.len() - 1].iter().enumerate().any(|(k, t)| {
        *t == "-"
            || (t.len() > 1 && t.ends_with('-') && !t.ends_with("--"))
            || matches!(*t, "–" | "—") && k > 0 && tokens[k - 1].ends_with('.')
    }) {
        return None;
    }
    // and a spaced dash that closes a dash label is that label's (`Mr JOEL LIND – Mr Acting
    // Speaker, ... one thing: ...`, `Q – And on the licences:`): only a dash further on joins
    // two offices of a role
    if tokens.iter().any(|t| matches!(*t, "–" | "—")) && dash_label(text).is_some() {
        return None;
    }
    let mut speech_part = &after_space[colon_len..];
    // a time of day is not a label: `Posted 2014-01-21 07:53:00`, `Yesterday at 14:05`
    if last.ends_with(|c: char| c.is_ascii_digit())
        && speech_part.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if speech_part.starts_with('/') {
        return None; // a URL scheme
    }
    if bold && !closed_bold {
        speech_part = match speech_part.strip_prefix("**") {
            Some(rest) => rest,
            // the bold closed a letter or three late, inside the speech's first word
            // (`**Ann Lee: I**ndeed, I do.`): the speech keeps the stray marker
            None => {
                let t = speech_part.trim_start_matches(' ');
                let k = t.find("**")?;
                let late = (1..=3).contains(&k)
                    && t[..k].chars().all(char::is_alphabetic)
                    && t[k + 2..].starts_with(char::is_alphabetic);
                if !late {
                    return None;
                }
                speech_part
            }
        };
    }
    let glued = speech_part.starts_with(|c: char| c.is_alphanumeric() || c == '"' || c == '“');
    if !glued
        && !speech_part.is_empty()
        && !speech_part.starts_with(' ')
        && !speech_part.starts_with(['(', '[', '\\', '<', '«', '—', '–', '-', '‘', '\'', '’', '…'])
    {
        return None;
    }
    let speech_trimmed = speech_part.trim_start_matches(' ');
    let speech = text.len() - speech_trimmed.len();
    if let Some(m) = honorific_typo(text, offset, &tokens, run_end, speech) {
        return Some(m);
    }
    // a dash-label close printed before the colon (`HON. A. B. NAME.-..:`) is no part of the
    // label: it ends before its run of periods and dashes
    let core = last.trim_end_matches(['.', '-']);
    let close = if !core.is_empty() && last[core.len()..].contains('-') {
        last.len() - core.len()
    } else {
        0
    };
    Some(LabelMatch {
        s: crate::pos(offset),
        e: crate::pos(offset + run_end - close),
        sp: crate::pos(speech),
        separator: Separator::Colon,
        bold,
        glued,
    })
}

/// A colon label whose honorific was printed with a colon for its period (`MR: LIND:  So
/// we ...`, a typo for `MR. LIND:`): the run before the first colon (`tokens`, ending at
/// `run_end` after `offset`) is one honorific glued to that colon, and the speech after it
/// (from `speech`) opens with one to three words in capitals glued to a second colon. The
/// label runs from the honorific to the last of those words.
fn honorific_typo(
    text: &str,
    offset: usize,
    tokens: &[&str],
    run_end: usize,
    speech: usize,
) -> Option<LabelMatch> {
    let [honorific] = tokens else {
        return None;
    };
    if !text[offset + run_end..].starts_with(':') || honorific_words(&[honorific]) != 1 {
        return None;
    }
    let rest = &text[speech..];
    let colon = rest.find(':')?;
    let name = &rest[..colon];
    let words = name.split(' ').count();
    // (a surname of three letters or more: not `MR: OK:`, `DR: NO:`)
    let capitals = name.split(' ').all(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && is_all_caps(w)
    });
    let after = &rest[colon + 1..];
    if !(1..=3).contains(&words) || !capitals || !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let speech_at = speech + colon + 1 + (after.len() - after.trim_start_matches(' ').len());
    Some(LabelMatch {
        s: crate::pos(offset),
        e: crate::pos(speech + colon),
        sp: crate::pos(speech_at),
        separator: Separator::Colon,
        bold: false,
        glued: false,
    })
}

/// A label ended by a period, Congressional Record and Italian style (see the module docs):
/// an optional `The`/`Mr.`/`Mrs.`/`Ms.`/`Madam`, upper-case words, an optional `of State` or
/// `pro tempore` tail and `(note)`, then `.` and a space or the line end.
pub(crate) fn period_label(text: &str) -> Option<LabelMatch> {
    let (tokens, _) = token_prefix(text)?;
    let mut pos = 0usize;
    let mut offsets = Vec::with_capacity(tokens.len());
    for tok in &tokens {
        let at = offset_in(text, tok, pos)?;
        offsets.push((at, at + tok.len()));
        pos = at + tok.len();
    }
    let mut idx = 0;
    let first = lower(tokens[0].trim_end_matches('.'));
    if matches!(
        first.as_str(),
        "the" | "mr" | "mrs" | "ms" | "madam" | "miss" | "dr"
    ) && tokens.len() > 1
    {
        idx = 1;
    }
    let mut caps = 0;
    let mut tail = false;
    while idx < tokens.len() {
        let tok = tokens[idx];
        let is_last_word = tok.ends_with('.') && !tok.ends_with("..");
        let core = tok.trim_end_matches('.');
        if tok.starts_with('(') {
            if caps == 0 {
                return None;
            }
            // a note must be followed by the period: `FERRARO (Misto).`
            let (_, end) = offsets[idx];
            if text[end..].starts_with('.') {
                return finish_period(text, offsets[0].0, end, end + 1);
            }
            idx += 1;
            continue;
        }
        let upper_word = core.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && (is_all_caps(core) || caps_with_prefix(core))
            && !core.contains('.');
        let tail_word = caps > 0
            && (matches!(core, "of" | "pro" | "tempore")
                || (tail && core.chars().next().is_some_and(char::is_uppercase)));
        if upper_word && !tail {
            caps += 1;
        } else if tail_word {
            tail = true;
        } else {
            return None;
        }
        if is_last_word {
            let (_, end) = offsets[idx];
            return finish_period(text, offsets[0].0, end - 1, end);
        }
        idx += 1;
    }
    None
}

/// A surname in capitals after a mixed-case prefix, as the Congressional Record prints them:
/// `McCAIN`, `DeMINT`, `MacDONALD` (lower-case letters only among the first three, three
/// capitals at least).
fn caps_with_prefix(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut upper = 1;
    for (i, c) in chars.enumerate() {
        if c.is_lowercase() && i >= 2 {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= 3 && word.chars().any(char::is_lowercase)
}

fn finish_period(text: &str, start: usize, end: usize, after_period: usize) -> Option<LabelMatch> {
    let rest = &text[after_period..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let speech = text.len() - rest.trim_start().len();
    Some(LabelMatch {
        s: crate::pos(start),
        e: crate::pos(end),
        sp: crate::pos(speech),
        separator: Separator::Period,
        bold: false,
        glued: false,
    })
}

/// A Hansard dash label whose note a PDF converter wrapped onto the next line, `head` opening
/// the label and its note without closing it (`HON. R. VUNISEA (Minister for Ports, Coastal
/// Works and`) and `next` closing the note and ending the label with its dash (`Marine
/// Transport).- Mr. Speaker, ...`), with `gap` bytes of line break (and blank lines) between
/// them: the match, in byte offsets from `head`'s start across the break, and the label's
/// shape. The label is read by [`dash_label`] on the two lines joined by a space.
pub(crate) fn wrapped_dash_label(
    head: &str,
    gap: usize,
    next: &str,
) -> Option<(LabelMatch, LabelShape)> {
    let open = head.rfind('(')?;
    if open == 0 || head.len() > 200 || head[open..].contains(')') {
        return None;
    }
    // the note closes early in the next line, before another opens, and the dash follows
    let close = memchr::memchr(b')', next.as_bytes())?;
    let after = next[close + 1..].trim_start_matches(' ');
    if close > 160 || next[..close].contains('(') || !after.starts_with(['.', '-', '–', '—']) {
        return None;
    }
    let joined = format!("{head} {next}");
    let m = dash_label(&joined)?;
    let cut = head.len() + 1;
    if m.start() >= open || m.end() <= cut {
        return None;
    }
    // (offsets past the break move by the break's length, `gap`, less the joining space)
    let moved = |at: usize| head.len() + gap + (at.max(cut) - cut);
    Some((
        LabelMatch::new(m.start(), moved(m.end()), moved(m.speech()), m.separator),
        LabelShape::of(&joined[m.start()..m.end()]),
    ))
}

/// A note in brackets at `at` in `text` (right after a dash label's dash) closed by a dash
/// of its own (`(Minister for Ports).- Thank you`, `(Minister for Ports) - Thank you`): where
/// the note ends (after its bracket) and where the speech after the second dash starts. The
/// note is at most 200 bytes, holds no other bracket, and is two words or more opening with a
/// capital, one a role word (an office, not a reaction or a note on the speech: `Q — (laughs)
/// — what ...`, `(Inaudible interjection) -`).
fn note_after_dash(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?.strip_prefix('(')?;
    let close = super::words::prefix(rest, 200).find([')', '('])?;
    // (an office: capitalized words and a role word, not a reaction or a note on the speech,
    // `Q — (laughs) — what ...`, `(Inaudible interjection) -`, `(Speaks in iTaukei) -`)
    let inner = rest[..close].trim();
    if !rest[close..].starts_with(')')
        || !inner.starts_with(char::is_uppercase)
        || !inner.contains(' ')
        || !inner
            .split([' ', ',', '-'])
            .any(|w| with_lower(w, is_role_word))
    {
        return None;
    }
    let note_end = at + 1 + close + 1;
    let after = text[note_end..]
        .strip_prefix('.')
        .unwrap_or(&text[note_end..])
        .trim_start_matches(' ');
    let dash = after
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let speech = &after[dash.len_utf8()..];
    if !(speech.is_empty() || speech.starts_with(' ')) {
        return None;
    }
    Some((note_end, text.len() - speech.trim_start().len()))
}

/// Whether `tok`, a token of a label opening with `first`, closes a Hansard member's label
/// printed with a period for its `.-` (`HON. RO F. Q. LIND. I thank ...`): the label opens
/// with `HON.`, `tok` is a surname of three letters or more in capitals and a period, and
/// `after` (the text after it) opens a sentence: a space, then `I` or a capitalized word in
/// lower case after its capital (`Mr.`, `Thank`), not more initials (`HON. LT. COL. I.B.
/// LIND.-`).
fn hon_period_close(first: &str, tok: &str, after: &str) -> bool {
    let Some(surname) = tok.strip_suffix('.') else {
        return false;
    };
    let Some(next) = after.strip_prefix(' ').and_then(|a| a.split(' ').next()) else {
        return false;
    };
    first.eq_ignore_ascii_case("hon.")
        && surname.chars().count() >= 3
        && surname
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && is_all_caps(surname)
        && (next == "I" || {
            let mut chars = next.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase)
        })
}

/// A label ended by a dash, Hansard style: an honorific, upper-case words (initials allowed),
/// an optional period, then `-`, `–` or `—` and a space or the line end: `HON. V. PILLAY.-`,
/// `Mr JAMES MARAPE –`, `Mr ACTING SPEAKER-`. Also `Q –`.
pub(crate) fn dash_label(text: &str) -> Option<LabelMatch> {
    // the dash is looked for in the first ten tokens
    let (tokens, _) = first_tokens(text, 10)?;
    // The dash may be glued to a token (`PILLAY.-`, `SPEAKER-`) or stand apart (`MARAPE –`).
    let mut pos = 0usize;
    let mut found = None;
    for (k, tok) in tokens.iter().enumerate().take(10) {
        let at = offset_in(text, tok, pos)?;
        let end = at + tok.len();
        pos = end;
        if *tok == "-" {
            if k == 0 {
                return None;
            }
            found = Some((text[..at].trim_end().len(), end));
            break;
        }
        if tok.len() > 1 && tok.ends_with('-') && !tok.ends_with("--") {
            found = Some((end - 1, end));
            break;
        }
        // a note glued to the dash: `HON. J. USAMATE (Minister for Infrastructure).-`
        if k >= 1 && tok.starts_with('(') {
            let after = &text[end..];
            let dash = if after.starts_with(".-") {
                2
            } else {
                usize::from(after.starts_with('-'))
            };
            if dash > 0 {
                found = Some((end, end + dash));
                break;
            }
        }
        // `HON. A. MAHARAJ.-...that is why`: an interjection's ellipsis glued to the dash
        if k >= 1
            && let Some(p) = tok.find(".-")
            && p > 0
            && tok[p + 2..].starts_with(['.', '…'])
        {
            found = Some((at + p + 1, at + p + 2));
            break;
        }
        // `Mr JAMES MARAPE -That was the past`: the dash glued to the speech
        if k >= 2
            && tok.len() > 1
            && tok.starts_with('-')
            && tok[1..].starts_with(char::is_uppercase)
        {
            found = Some((text[..at].trim_end().len(), at + 1));
            break;
        }
        // `Mr ACTING SPEAKER-Honourable Governor`, `O'NEILL-Mr Acting Speaker`: glued both ways
        if k >= 1
            && let Some(p) = tok.find('-')
            && p > 0
            && is_all_caps(&tok[..p])
            && tok[..p].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && tok[p + 1..].starts_with(char::is_uppercase)
            && tok[p + 1..].chars().any(char::is_lowercase)
        {
            found = Some((at + p, at + p + 1));
            break;
        }
        let trimmed = text[end..].trim_start_matches(' ');
        if let Some(dash) = trimmed.chars().next()
            && matches!(dash, '–' | '—')
        {
            found = Some((end, text.len() - trimmed.len() + dash.len_utf8()));
            break;
        }
        // `HON. RO F. Q. LIND. I thank the honourable Member`: a member's label misprinted
        // with a period for its `.-`, the surname in capitals before a sentence's start
        if k >= 2 && hon_period_close(tokens[0], tok, &text[end..]) {
            found = Some((end - 1, end));
            break;
        }
    }
    let (label_end, after_dash) = found?;
    let rest = &text[after_dash..];
    // (an en or em dash glued to the speech's capital too: `HON. V. LIND. –Mr. Speaker`)
    let glued = (rest.starts_with(char::is_uppercase) || rest.starts_with(['.', '…']))
        && text[..after_dash].ends_with('-')
        || rest.starts_with(char::is_uppercase) && text[..after_dash].ends_with(['–', '—']);
    if !(rest.is_empty() || rest.starts_with(' ') || glued) {
        return None;
    }
    let label = text[..label_end].trim_end_matches('.').trim_end();
    // notes do not count for the shape: `Mr JAMES MARAPE (Tari-Pori - Prime Minister)`
    let outside: String = {
        let mut depth = 0;
        label
            .chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    };
    let words: Vec<&str> = outside.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    // a presiding officer named by role alone, in capitals: `MADAM DEPUTY SPEAKER`,
    // `DEPUTY SPEAKER`, `SECRETARY-GENERAL`
    let role_only = words.len() <= 4
        && is_all_caps(&outside)
        && words
            .last()
            .is_some_and(|w| is_role_word(&lower(w.trim_end_matches('.'))));
    if !(label == "Q" || label == "QUESTION" || role_only) {
        let h = honorific_words(&words);
        if h == 0 || h >= words.len() {
            return None;
        }
        // a name in capitals, or in title case (accepted only where the page also prints
        // capitals, see `classify`)
        let name = words[h..].join(" ");
        let title_case =
            words[h..].iter().all(|w| w.starts_with(char::is_uppercase)) && words.len() - h <= 3;
        if !(is_all_caps(&name) || title_case)
            || name.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            return None;
        }
    }
    // (a stray period after the dash is the separator's: `QIONIBARAVI.-. Thank you`)
    let rest = rest
        .strip_prefix('.')
        .filter(|r| r.starts_with(' '))
        .unwrap_or(rest);
    // the office in a note after the dash, closed by a dash of its own: `HON. A. LIND.-
    // (Minister for Ports).- Thank you`; the note is the label's
    if let Some((note_end, speech)) = note_after_dash(text, text.len() - rest.trim_start().len()) {
        return Some(LabelMatch {
            s: 0,
            e: crate::pos(note_end),
            sp: crate::pos(speech),
            separator: Separator::Dash,
            bold: false,
            glued: false,
        });
    }
    let speech = text.len() - rest.trim_start().len();
    Some(LabelMatch {
        s: 0,
        e: crate::pos(label.len()),
        sp: crate::pos(speech),
        separator: Separator::Dash,
        bold: false,
        glued: false,
    })
}

/// A bare `Q` followed by two or more spaces, or alone on its line: `Q    Did you ...`; or by
/// one space and a capital or a bracketed note (`Q Is the President ...`, `Q (Inaudible) on
/// ...`), marked `glued` as the weaker form (the page must show other labels for it to be
/// accepted).
pub(crate) fn q_label(text: &str) -> Option<LabelMatch> {
    let (rest, _) = tag::<&str, &str, nom::error::Error<&str>>("Q")
        .parse(text)
        .ok()?;
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    // (or a bracketed note: `Q (Inaudible) on the ports?`)
    let after = &rest[spaces.min(1)..];
    let single = spaces == 1
        && (after.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘'))
            || after
                .strip_prefix(['(', '['])
                .is_some_and(|a| a.starts_with(char::is_uppercase)));
    if !(rest.is_empty() || spaces >= 2 || single) {
        return None;
    }
    Some(LabelMatch {
        s: 0,
        e: 1,
        sp: crate::pos(text.len() - rest.trim_start().len()),
        separator: Separator::Spaces,
        bold: false,
        glued: single,
    })
}

/// `label` outside its notes, commas made spaces (`ANNA LIND, REPORTER (voice-over)` is `ANNA
/// LIND  REPORTER `), borrowed when it has neither.
pub(crate) fn outside_notes(label: &str) -> Cow<'_, str> {
    if memchr::memchr3(b'(', b')', b',', label.as_bytes()).is_none() {
        return Cow::Borrowed(label);
    }
    let mut outside = String::with_capacity(label.len());
    let mut depth = 0;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth == 0 => outside.push(if c == ',' { ' ' } else { c }),
            _ => {}
        }
    }
    Cow::Owned(outside)
}

/// A question a record reports in the third person, as Westminster Hansards print written and
/// oral questions: an honorific, a name in capitals, `asked`, at most twelve words and a colon
/// (`HON. A. LIND asked the Government, upon notice:`, `MR. B. KOS asked the Minister for
/// Ports:`). The label is the honorific and name; the speech opens at `asked`, so the words
/// reporting the question stay with it.
pub(crate) fn asked_label(text: &str) -> Option<LabelMatch> {
    let head = prefix(text, 120).as_bytes();
    // (the formula's colon first: most lines opening with `M` or `H` hold none near their start)
    memchr::memchr(b':', head)?;
    let asked = ASKED.find(head)?;
    let name = &text[..asked];
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let h = honorific_words(&words);
    let name_words = words.len().checked_sub(h)?;
    if h == 0
        || !(1..=5).contains(&name_words)
        || !words.iter().all(|w| {
            is_all_caps(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
    {
        return None;
    }
    // the colon that ends the reporting words, before any sentence end
    let speech = asked + 1;
    let rest = &text[speech..];
    let reporting = rest.split(' ').take(14).collect::<Vec<_>>();
    let colon_word = reporting
        .iter()
        .position(|w| w.ends_with(':') || w.contains(['.', '?', '!']))?;
    if !reporting[colon_word].ends_with(':') || colon_word == 0 {
        return None;
    }
    // whom the member asked is an office, capitalized (`asked the Government`, `asked the
    // Minister for Lands`); speech reports a question otherwise (`X asked me: why ...`, `X
    // asked the same thing: ...`)
    let addressee = reporting[1..]
        .iter()
        .find(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))?;
    if !addressee.starts_with(char::is_uppercase) {
        return None;
    }
    Some(LabelMatch::new(
        0,
        name.trim_end().len(),
        speech,
        Separator::Asked,
    ))
}

/// Where each reported question ([`asked_label`]) inside `content` starts: at a word after a
/// sentence end, a closing bracket or a colon, or at the start, whose label's speech opens at a
/// found ` asked ` (`... (Question No. 12/2031) HON. A. LIND asked the Government, upon
/// notice: ...`, a record converted from PDF printing the heading and question on one line).
pub(crate) fn inline_asked_label_starts(content: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    for at in ASKED.find_iter(content.as_bytes()) {
        // (an honorific and at most five name words: a few dozen bytes back)
        let mut from = at.saturating_sub(80);
        while !content.is_char_boundary(from) {
            from += 1;
        }
        let mut q = from;
        for w in content[from..at].split(' ') {
            let here = q;
            q += w.len() + 1;
            let before = content[..here].trim_end();
            let opens = here > from || from == 0;
            if opens
                && w.starts_with(char::is_uppercase)
                && (before.is_empty() || before.ends_with(['.', '!', '?', ')', ':']))
                && asked_label(&content[here..]).is_some_and(|m| here + m.speech() == at + 1)
            {
                starts.push(here);
                break;
            }
        }
    }
    starts
}

/// The word that opens a reported question ([`asked_label`]), with its spaces.
static ASKED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" asked "));

/// A label candidate at the start of `text`, trying the shapes in order: colon, `Q` spacing,
/// dash, period.
pub(crate) fn line_label(text: &str) -> Option<LabelMatch> {
    let first = text.as_bytes().first()?;
    // Cheap first-byte check: labels start with a letter, `*`, `[` or `\`.
    if first.is_ascii_lowercase() || first.is_ascii_digit() && !text.starts_with('[') {
        return None;
    }
    // (a reported question opens with an honorific: `HON.`, `MR.`, `MRS.`, `DR.`)
    if matches!(first, b'H' | b'M' | b'D')
        && let Some(m) = asked_label(text)
    {
        return Some(m);
    }
    // `Q    Just so I'm clear: ...` is a question, whatever colon follows
    if *first == b'Q'
        && let Some(m) = q_label(text)
    {
        return Some(m);
    }
    // Each shape needs its separator near the start; look for it before any parsing (the
    // colon within a run's reach: `colon_label` looks for it first).
    let head = &text.as_bytes()[..text.len().min(200)];
    if let Some(m) = colon_label(text) {
        // a period label closed before a colon that closes no name (`Mr. POE. Mr. Speaker, I
        // bring you news from the front: ...`): the colon is the speech's
        if m.end() > 40
            && caps_word_early(text)
            && let Some(p) = period_label(text)
            && p.speech() <= m.end()
            && !LabelShape::of(&text[m.start()..m.end()]).name_like()
        {
            return Some(p);
        }
        return Some(m);
    }
    if memchr::memchr2(b'-', 0xE2, head).is_some()
        && first_dash(text.as_bytes()).is_some_and(|d| dash_within_reach(&text[..d]))
        && let Some(m) = dash_label(text)
    {
        return Some(m);
    }
    // (a member's label misprinted with a period for its dash: `HON. RO F. Q. LIND. I thank`)
    if text.len() > 4
        && text.as_bytes()[..4].eq_ignore_ascii_case(b"hon.")
        && let Some(m) = dash_label(text)
    {
        return Some(m);
    }
    if caps_word_early(text) {
        return period_label(text);
    }
    None
}

/// Where the first `-`, `–` or `—` of `b` is (a dash label needs one; `’` shares the lead
/// byte).
fn first_dash(b: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'-', 0xE2, b).find(|&i| {
        b[i] == b'-' || b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94))
    })
}

/// Whether a dash after `before` can close a dash label, which [`dash_label`] looks for in
/// its first ten tokens: with no note, each word is a token at least, so twelve words before
/// the first dash (eleven whole ones) put it out of reach.
fn dash_within_reach(before: &str) -> bool {
    before.contains('(') || word_count_capped(before, 11) <= 11
}

/// Whether one of the first three words is in capitals (two letters or more): the condition
/// for a period label (`Mr. REID.`, `The PRESIDING OFFICER.`, `PRESIDENTE.`).
fn caps_word_early(text: &str) -> bool {
    text.split(' ').take(3).any(|w| {
        // both tests need two capitals at least: in an ASCII word, two ASCII capitals (most
        // lines are asked, and most words have one capital or none)
        if w.is_ascii() && w.bytes().filter(u8::is_ascii_uppercase).nth(1).is_none() {
            return false;
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let w = w.trim_end_matches('.');
        letters >= 2 && (is_all_caps(w) || caps_with_prefix(w))
    })
}

/// Whether `word` opens a label in the middle of a line with no sentence end before it: an
/// initial-and-surname token (`В.Путин`, `А.Громов`) or a role label word (`Вопрос`).
pub(crate) fn is_strong_head(word: &str) -> bool {
    let mut buf = [0u8; 32];
    initials_token(word) || is_role_label(&lower_in(word.trim_end_matches(':'), &mut buf))
}

/// An initial-and-surname token: one capital, a period, a capitalized surname, with no space:
/// `В.Путин`, `А.СОКОЛОВ`, `P.K.Bala` is two initials.
pub(crate) fn initials_token(word: &str) -> bool {
    let w = word.trim_end_matches(':');
    let mut chars = w.chars().peekable();
    let mut initials = 0;
    loop {
        let Some(c) = chars.next() else { return false };
        if !c.is_uppercase() {
            return false;
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            initials += 1;
            continue;
        }
        // the surname: this capital and at least one more letter
        let mut rest = chars.peekable();
        return initials >= 1
            && rest.peek().is_some()
            && rest.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    }
}

/// What a label looks like, for deciding per document whether to accept it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LabelShape {
    /// Words outside notes (commas and notes not counted), at most 65,535.
    pub(crate) words: u16,
    /// Every letter outside notes is upper case.
    pub(crate) upper: bool,
    /// The first word is an initial-and-surname token (`В.Путин`).
    pub(crate) initials: bool,
    /// Words that start lower case and are not small words (`of`, `the`), at most 255 (the
    /// rules ask whether there are none, one or two).
    pub(crate) lower_words: u8,
    /// Holds a role word (`President`, `Minister`, `Moderator`).
    pub(crate) role: bool,
    /// The whole label is a role label (`Q`, `Question`, `Remark`, `Вопрос`).
    pub(crate) role_label: bool,
    /// Starts with an honorific (`Mr.`, `HON.`).
    pub(crate) honorific: bool,
    /// A word holds a digit (other than a final number, `WITNESS 2`).
    pub(crate) digits: bool,
    /// Made only of chrome words and small words (`TRANSCRIPT CONTINUES BELOW`).
    pub(crate) chrome: bool,
    /// Holds a run of three or more spaces (pop-up text pasted into the label).
    pub(crate) wide_gap: bool,
    /// Starts with a word that opens sentences, not names (`These`, `And`, `By`, `Enter`).
    pub(crate) sentence_opener: bool,
    /// An honorific followed by initials alone (`HON. J`, `HON. F.S`): with the surname in
    /// capitals after the colon, a label cut in two by a typo (`HON. J: USAMATE asked ...`).
    pub(crate) bare_initials: bool,
    /// A phrase in capitals with a linking word inside (`CODE OF CONDUCT`, `CHANGE OF
    /// ADDRESS`) and no role word, role label or honorific: a heading, not a name.
    pub(crate) caps_heading: bool,
    /// Honorifics alone (`Mr:` in `Mr: Speaker, Sir`, a typo for `Mr. Speaker`): no one is
    /// named.
    pub(crate) honorific_only: bool,
    /// Initials and a surname with the person's pop-up pasted after them (`И.Лунд Лунд Иван
    /// Петрович министр лесов, рек и озёр`, see [`initials_popup_label`]): the pop-up's
    /// three name words and its role, which may be long and hold commas.
    ///
    /// [`initials_popup_label`]: super::boilerplate::initials_popup_label
    pub(crate) initials_popup: bool,
}

/// Whether a lower-cased word is a name with an Arabic particle (`al-Hadi`, `el-Sayed`),
/// given the word as printed: the particle in lower case, a hyphen, a capital.
fn particle_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| {
        matches!(
            p,
            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an"
        ) && rest.starts_with(char::is_uppercase)
    })
}

/// Verbs that introduce a quotation (`... said:`), never the end of a speaker label.
pub(crate) fn is_reporting_verb(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "replied"
            | "replies"
            | "stated"
            | "states"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "noted"
            | "notes"
            | "told"
            | "explained"
            | "declared"
            | "сказал"
            | "сказала"
            | "заявил"
            | "заявила"
            | "отметил"
            | "отметила"
            | "ответил"
            | "ответила"
            | "спросил"
            | "спросила"
            | "добавил"
            | "добавила"
            | "пишет"
            | "говорит"
    )
}

/// The participles of verbs that introduce a quotation, which a quoting text prints alone
/// before the next quoted passage (`Adding:`, `Concluding:`): never a speaker label alone.
fn is_reporting_participle(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "adding"
            | "concluding"
            | "continuing"
            | "quoting"
            | "noting"
            | "saying"
            | "stating"
            | "writing"
            | "explaining"
            | "declaring"
            | "replying"
            | "добавив"
            | "заключив"
    )
}

/// Words that open sentences or prompts and never a speaker label.
fn is_sentence_opener(lower_word: &str) -> bool {
    // (a contraction opens a sentence: `Here's Mark Rainey:`, `That's it:`)
    if let Some(base) = lower_word
        .strip_suffix("'s")
        .or_else(|| lower_word.strip_suffix("’s"))
    {
        return matches!(
            base,
            "here" | "there" | "that" | "it" | "let" | "what" | "he" | "she"
        );
    }
    matches!(
        lower_word,
        "and"
            | "but"
            | "or"
            | "so"
            | "these"
            | "this"
            | "that"
            | "those"
            | "there"
            | "here"
            | "it"
            | "we"
            | "i"
            | "you"
            | "he"
            | "she"
            | "they"
            | "our"
            | "my"
            | "his"
            | "her"
            | "their"
            | "your"
            | "by"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "to"
            | "with"
            | "as"
            | "if"
            | "when"
            | "what"
            | "which"
            | "who"
            | "why"
            | "how"
            | "enter"
            | "please"
            | "click"
            | "type"
            | "select"
            | "choose"
            | "note"
            | "see"
            | "one"
            | "two"
            | "first"
            | "second"
            | "third"
            | "before"
            | "after"
            | "hence"
            | "thus"
            | "therefore"
            | "however"
            | "moreover"
            | "meanwhile"
            | "indeed"
            | "briefly"
            | "firstly"
            | "secondly"
            | "lastly"
            | "separately"
            | "additionally"
            | "similarly"
            | "finally"
            | "also"
            | "then"
            | "now"
            | "today"
            | "yesterday"
            | "last"
            | "next"
            | "posted"
            | "join"
            | "dear"
            | "to:"
            | "re"
            | "subject"
            | "transcript"
            | "components"
            | "the"
            | "a"
            | "an"
            | "мы"
            | "я"
            | "он"
            | "она"
            | "они"
            | "это"
            | "но"
            | "и"
            | "а"
            | "вот"
            | "как"
    )
}

impl LabelShape {
    /// The shape of label text `label` (as printed, separator excluded).
    pub(crate) fn of(label: &str) -> LabelShape {
        let label = label.trim_start_matches("**").trim_end_matches("**");
        let mut shape = LabelShape {
            wide_gap: label.contains("   "),
            ..LabelShape::default()
        };
        let outside = outside_notes(label);
        let words: Vec<&str> = outside.split(' ').filter(|w| !w.is_empty()).collect();
        // pop-up text pasted after a wide gap (`Moscow Mayor Ivan Lind     Lind IvanMoscow
        // Mayor`) is not the label's own words
        let count = match outside.find("   ") {
            Some(gap) => word_count(&outside[..gap]),
            None => words.len(),
        };
        // (counts past 65,535 say no more than that does: the rules ask about a handful)
        shape.words = u16::try_from(count).unwrap_or(u16::MAX);
        shape.upper = is_all_caps(&outside);
        shape.initials = words.first().is_some_and(|w| initials_token(w));
        shape.initials_popup = shape.initials && super::boilerplate::initials_popup_label(&outside);
        let h = honorific_words(&words);
        shape.honorific = h > 0;
        shape.honorific_only = h > 0 && h == words.len();
        shape.bare_initials = h > 0
            && h < words.len()
            && words[h..].iter().all(|w| {
                let letters = w.chars().filter(|c| *c != '.').count();
                (1..=3).contains(&letters)
                    && w.chars().filter(|c| *c != '.').all(char::is_uppercase)
                    && (letters == 1 || w.trim_end_matches('.').contains('.'))
            });
        // `lower` maps character by character, so the lowered label splits into the lowered
        // words
        let lowered_outside = lower(&outside);
        let lowered: Vec<&str> = lowered_outside
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect();
        debug_assert_eq!(lowered.len(), words.len());
        // (`First President of ...`, `First Deputy Prime Minister ...`: a rank of a role)
        // (one capital letter alone is the letter of a question-and-answer or interview
        // transcript, `A:` for the answer, `I:` for the interviewer, `В:` and `О:` for the
        // Russian question and answer: not the article, the pronoun or the preposition)
        let letter = words.len() == 1 && {
            let mut cs = words[0].chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        };
        shape.sentence_opener = !letter
            && lowered.first().is_some_and(|w| {
                is_sentence_opener(w)
                    && !(*w == "the" && words.len() > 1 && shape.upper)
                    && !(*w == "first"
                        && lowered
                            .get(1)
                            .is_some_and(|n| is_role_word(n) && !is_role_label(n)))
            });
        // `The PRESIDING OFFICER`, `THE PRESIDENT`: `the` opens role labels, not sentences
        // (`The question is`)
        if lowered.first().is_some_and(|w| *w == "the") && words.len() > 1 {
            let rest_caps = is_all_caps(&words[1..].join(" "));
            let rest_named = words[1..]
                .iter()
                .zip(&lowered[1..])
                .all(|(w, l)| w.chars().next().is_some_and(char::is_uppercase) || is_small_word(l));
            shape.sentence_opener = !(rest_caps || rest_named);
        }
        // `Senator Kohl said: I am ...`: a quotation introduced by a reporting verb; `Mr
        // Speaker, I move:`: a sentence in the first person
        if words.len() >= 2 && lowered.last().is_some_and(|w| is_reporting_verb(w))
            || words.len() == 1 && is_reporting_participle(lowered[0])
            || words
                .windows(2)
                .any(|p| p[0] == "I" && p[1].starts_with(char::is_lowercase))
        {
            shape.sentence_opener = true;
        }
        // the lowered words joined by one space (split at any white space when the label holds
        // other white space than spaces)
        let full_lower = if outside.chars().any(|c| c != ' ' && c.is_whitespace()) {
            lower(
                outside
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            )
        } else {
            lowered.join(" ")
        };
        shape.role_label = is_role_label(&full_lower);
        // (a role label may open as a sentence does: `An hon. member`)
        if shape.role_label {
            shape.sentence_opener = false;
        }
        let mut descriptor_after_comma = false;
        if let Some((name, descriptor)) = label.split_once(',')
            && !label.contains('(')
        {
            let name: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
            let descriptor: Vec<&str> = descriptor.split(' ').filter(|w| !w.is_empty()).collect();
            // a name of two or three capitalized words, a comma and a descriptor of one to
            // four words in lower case (`Anna Lind, metrology engineer`): the descriptor's
            // words are not the lower-case words of prose; or of up to eight, in parts parted
            // by commas, with no verb or pronoun (`Anna Lind, welder, hull assembly shop`)
            let long_descriptor =
                descriptor.len() > 4 || descriptor.iter().any(|w| w.contains(','));
            let descriptor: Vec<&str> = descriptor
                .iter()
                .map(|w| w.trim_end_matches(','))
                .filter(|w| !w.is_empty())
                .collect();
            let descriptor = (2..=3).contains(&name.len())
                && name.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && !with_lower(w, is_role_word)
                        || particle_name(w)
                })
                && (1..=if long_descriptor { 8 } else { 4 }).contains(&descriptor.len())
                && !(long_descriptor && descriptor.iter().any(|w| with_lower(w, sentence_word)))
                // (`Ivan Lind, our governor: ...` is prose)
                && !descriptor.first().is_some_and(|w| {
                    matches!(
                        *w,
                        "our" | "my" | "your" | "his" | "her" | "their" | "its" | "the" | "a"
                    )
                })
                && descriptor
                    .iter()
                    .all(|w| w.chars().all(|c| !c.is_uppercase()) && !w.contains(','));
            descriptor_after_comma = descriptor;
        }
        // (a year inside a role, `CEO of the 2031 Harbour Games Organising Committee Anna
        // Lind`, is not a digit that rules a name out)
        let mut years_inside = true;
        for (n, (w, lw)) in words.iter().zip(&lowered).enumerate() {
            if is_role_word(lw) {
                shape.role = true;
            }
            let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
            // (the pop-up text after a wide gap is not the label's own words: `... faction
            // leader` there is no prose)
            if n < count
                && starts_lower
                && !is_small_word(lw)
                && !is_role_word(lw)
                && !particle_name(w)
            {
                shape.lower_words = shape.lower_words.saturating_add(1);
            }
            // `Speaker 2`, `Caller one`; not an item's number (`Paper Number 84: <title>`,
            // `Question No. 12`)
            let final_number = n + 1 == words.len()
                && n > 0
                && (w.chars().all(|c| c.is_ascii_digit())
                    || matches!(*lw, "one" | "two" | "three" | "four" | "five"))
                && !matches!(lowered[n - 1], "number" | "no." | "no" | "nr." | "nr" | "№");
            if w.chars().any(|c| c.is_ascii_digit()) && !final_number {
                shape.digits = true;
                let year = w.len() == 4
                    && w.chars().all(|c| c.is_ascii_digit())
                    && (w.starts_with("19") || w.starts_with("20"));
                years_inside &= year && n > 0 && n + 2 < words.len();
            }
        }
        if descriptor_after_comma {
            shape.lower_words = 0;
            // (a long descriptor counts as one note: `Anna Lind, ship cutter, special
            // structures and devices shop` is a name of the ordinary length)
            shape.words = shape.words.min(8);
        }
        // (a role opening the label: `Message of the President to the 2031 Summit` is a
        // heading)
        if shape.digits && years_inside && lowered.first().is_some_and(|w| is_role_word(w)) {
            shape.digits = false;
        }
        shape.caps_heading = shape.upper
            && !shape.honorific
            && !shape.role
            && !shape.role_label
            && lowered.len() >= 3
            && lowered[1..lowered.len() - 1].iter().any(|w| {
                matches!(
                    *w,
                    "of" | "for" | "the" | "in" | "on" | "to" | "at" | "by" | "with"
                )
            });
        // (a role label is no chrome: `Reply:` opens a turn, a `Reply` link is forum chrome)
        shape.chrome = !words.is_empty()
            && !shape.role_label
            && !letter
            && lowered.iter().all(|w| {
                is_chrome_word(w) || is_small_word(w) || w.chars().all(|c| !c.is_alphabetic())
            });
        shape
    }

    /// Whether a label too long or too lower-case for [`LabelShape::name_like`] reads as a
    /// long role before a person's name (`Head of the Federal Service for the Oversight of
    /// Harbour Safety and Chief Inspector Irina Tass`, `President of DELTA public association
    /// of small businesses Oleg Marin`): a role word among its first three words, at most 40
    /// words, no sentence opener, chrome, digits or heading in capitals, and two capitalized
    /// words at the end, neither a small word nor a role word (the name; `... Harbour
    /// Discussion Club` reads as one too, and is a label printed so as well).
    pub(crate) fn long_role_label(&self, label: &str) -> bool {
        if !self.role
            || self.chrome
            || self.sentence_opener
            || self.digits
            || self.caps_heading
            || self.upper
            || self.words > 40
        {
            return false;
        }
        // the role opens the label (`Head of ...`, `Research Director of ...`), not a
        // sentence naming one (`Among the guests was the Governor of ...`)
        if !label
            .split(' ')
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| with_lower(w, is_role_word))
        {
            return false;
        }
        // a role's words in lower case are nouns and adjectives (`public association of small
        // businesses`, `news agency`), a sentence's verbs and pronouns (`thanked the delegates
        // who came`, `has said that he`)
        if label
            .split(' ')
            .any(|w| w.starts_with(char::is_lowercase) && with_lower(w, sentence_word))
        {
            return false;
        }
        let mut last = label.rsplit(' ').filter(|w| !w.is_empty());
        let name_word = |w: &str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().next().is_some_and(char::is_lowercase)
                && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && !with_lower(w, |l| is_small_word(l) || is_role_word(l))
        };
        matches!((last.next(), last.next()), (Some(a), Some(b)) if name_word(a) && name_word(b))
    }

    /// Whether the label reads like a name or role rather than prose: no lower-case words
    /// beyond small words (one allowed in a role phrase such as `Audience remark`), at most
    /// twelve words, no sentence opener, not chrome.
    pub(crate) fn name_like(&self) -> bool {
        if self.chrome
            || self.sentence_opener
            || self.digits
            || self.caps_heading
            || self.honorific_only
            || self.words == 0
        {
            return false;
        }
        if self.role_label {
            return true;
        }
        // (a pop-up's role may run to 24 words, as after a wide gap, after the name's four)
        let max_words = if self.initials_popup {
            28
        } else if self.role || self.wide_gap || self.initials {
            16
        } else {
            8
        };
        self.words <= max_words
            && (self.lower_words == 0 || (self.lower_words <= 1 && self.role) || self.initials)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label<'a>(text: &'a str, m: &LabelMatch) -> &'a str {
        &text[m.start()..m.end()]
    }

    #[test]
    fn bold_closed_late_inside_the_first_word() {
        let t = "**Ann Lee: I**ndeed, I do.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "Ann Lee");
        assert_eq!(&t[m.speech()..], "I**ndeed, I do.");
        // (not a marker further on, nor one closing a word of its own)
        assert!(colon_label("**Ann Lee: Indeed** I do.").is_none());
        assert!(colon_label("**Ann Lee: I** do.").is_none());
    }

    #[test]
    fn a_member_label_misprinted_with_a_period() {
        let t = "HON. RO F. Q. KOSA. I thank the Member.";
        let m = dash_label(t).unwrap();
        assert_eq!(label(t, &m), "HON. RO F. Q. KOSA");
        assert_eq!(&t[m.speech()..], "I thank the Member.");
        assert!(line_label("HON. A. KOSA. Mr. Speaker, Sir.").is_some());
        // (initials after the period, a short word, no honorific, a word in lower case next)
        for t in [
            "HON. LT. COL. I.B. KOSA.",
            "HON. A. KO. I thank",
            "MR. A. KOSA. I thank",
            "HON. A. KOSA. and then",
        ] {
            assert!(dash_label(t).is_none(), "{t}");
        }
    }

    #[test]
    fn an_office_in_a_note_after_the_dash() {
        let t = "HON. B. KOS.- (Minister for Ports).- Thank you.";
        let m = dash_label(t).unwrap();
        assert_eq!(label(t, &m), "HON. B. KOS.- (Minister for Ports)");
        assert_eq!(&t[m.speech()..], "Thank you.");
        let t = "HON. B. KOS.- (Minister for Ports) – Thank you.";
        assert_eq!(&t[dash_label(t).unwrap().speech()..], "Thank you.");
        // (a reaction, or a note with no dash after it, is the speech's)
        for t in [
            "Q — (laughs) — what is it?",
            "HON. B. KOS.- (Minister for Ports) said so.",
        ] {
            let m = dash_label(t).unwrap();
            assert!(t[m.speech()..].starts_with('('), "{t}");
        }
    }

    #[test]
    fn an_honorific_printed_with_a_colon() {
        let t = "MR: VALE:  So we are going on.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "MR: VALE");
        assert_eq!(&t[m.speech()..], "So we are going on.");
        // (not a name in capitals glued to a second colon: the honorific's own label)
        for (t, honorific) in [
            ("Mr: Speaker, Sir, I move: that", "Mr"),
            ("MR: Vale: so", "MR"),
            ("MR: OK: fine", "MR"),
            ("MR: THE NEW PIER PLAN: x", "MR"),
        ] {
            let m = colon_label(t).unwrap();
            assert_eq!(label(t, &m), honorific, "{t}");
        }
    }

    #[test]
    fn a_dash_out_of_reach_closes_no_dash_label() {
        assert!(!dash_within_reach(
            "one two three four five six seven eight nine ten eleven x"
        ));
        assert!(dash_within_reach(
            "HON. J. LIND (Minister for A, B, C, D, E, F, G and H)"
        ));
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(5000))]
        // what the gate skips, the grammar would refuse: generated lines of words, commas,
        // dashes and capitals
        #[test]
        fn the_dash_gate_skips_only_lines_the_grammar_refuses(
            line in crate::grammar::words::joined_pieces(
                &["HON.", "MR", "LIND", "a", "word", ",", "-", ".-", " – ", "X-Ray", "  "],
                30,
                " ",
            )
        ) {
            if let Some(d) = first_dash(line.as_bytes())
                && !dash_within_reach(&line[..d])
            {
                proptest::prop_assert_eq!(dash_label(&line), None);
            }
        }
    }

    #[test]
    fn a_quotation_after_a_reporting_verb_is_no_label() {
        assert!(!LabelShape::of("Senator Holm said").name_like());
        assert!(!LabelShape::of("Министр сказал").name_like());
        assert!(LabelShape::of("Senator Holm").name_like());
        // a sentence in the first person, or opening with a contraction
        assert!(!LabelShape::of("Mr Speaker, I move").name_like());
        assert!(!LabelShape::of("Here's Ann Lee").name_like());
        // an honorific and initials alone (a label cut by a typo: `HON. J: LIND asked`)
        assert!(LabelShape::of("HON. J").bare_initials);
        assert!(LabelShape::of("HON. F.S").bare_initials);
        assert!(!LabelShape::of("HON. K.K. LAL.").bare_initials);
        assert!(!LabelShape::of("HON. A. BIA").bare_initials);
        assert!(LabelShape::of("Mr Speaker").name_like());
        // `First` before a role is the role's rank, not a sentence's first word
        assert!(LabelShape::of("First President of Tarvonia Ali Kamani").name_like());
        assert!(LabelShape::of("First Deputy Prime Minister Ivo Rask").name_like());
        assert!(!LabelShape::of("First we will talk").name_like());
        assert!(!LabelShape::of("First question").name_like());
        // a rhetorical list (`Before: we were ...` / `After: we got ...`), not speakers
        assert!(!LabelShape::of("Before").name_like());
        assert!(!LabelShape::of("Third").name_like());
        assert!(!LabelShape::of("Hence, the question").name_like());
        assert!(!LabelShape::of("Briefly on Lorvania").name_like());
        // a heading in capitals, but not a role or a name in capitals
        assert!(!LabelShape::of("CODE OF CONDUCT").name_like());
        assert!(!LabelShape::of("CHANGE OF ADDRESS").name_like());
        assert!(LabelShape::of("SECRETARY OF STATE").name_like());
        assert!(LabelShape::of("HON. MEMBER FOR LAUTOKA").name_like());
        assert!(LabelShape::of("JUAN DE LA CRUZ").name_like());
        // an honorific alone names no one
        assert!(!LabelShape::of("Mr").name_like());
        assert!(!LabelShape::of("HON.").name_like());
        // a numbered speaker, but not a numbered item
        assert!(LabelShape::of("Speaker 2").name_like());
        assert!(!LabelShape::of("Paper Number 84").name_like());
        assert!(!LabelShape::of("Question No. 12").name_like());
    }

    #[test]
    fn bare_labels_and_their_photo_captions() {
        fn at(l: &str) -> Option<&str> {
            bare_label_start(l).map(|s| &l[s..])
        }
        assert_eq!(
            at("Colin Brandt Portrait Mr Colin Brandt (Ashbury North) (Lab)"),
            Some("Mr Colin Brandt (Ashbury North) (Lab)")
        );
        assert_eq!(
            at("Lady Orme Photo The Leader of the Assembly (Mrs Ida Orme)"),
            Some("The Leader of the Assembly (Mrs Ida Orme)")
        );
        assert_eq!(at("Lady Orme Photo Mrs Orme"), Some("Mrs Orme"));
        // no caption: the whole line
        assert_eq!(
            at("Mr Colin Brandt (Ashbury North) (Lab)"),
            Some("Mr Colin Brandt (Ashbury North) (Lab)")
        );
        // sentences and lower-case openings are no labels
        assert_eq!(at("The motion was agreed."), None);
        assert_eq!(at("and then the vote"), None);
        assert_eq!(at("Points raised:"), None);
    }

    #[test]
    fn colon_labels_with_nbsp_and_spaces() {
        let t = "PRESIDENT OF RUSSIA VLADIMIR PUTIN: Mr Ivanov, please.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "PRESIDENT OF RUSSIA VLADIMIR PUTIN");
        assert_eq!(&t[m.speech()..], "Mr Ivanov, please.");
        let t = "PAVEL MARKOV : Good evening to you.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "PAVEL MARKOV");
        assert_eq!(&t[m.speech()..], "Good evening to you.");
        let t = "MS. KARLSSON:  Two spaces.";
        assert_eq!(&t[colon_label(t).unwrap().speech()..], "Two spaces.");
        // a dash-label close before the colon is not part of the label; a period alone is
        let t = "HON. T. R. VAKALOA.-..: the roads were never built.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "HON. T. R. VAKALOA");
        assert_eq!(&t[m.speech()..], "the roads were never built.");
        let t = "HENRY BLAKE JR.: Thank you.";
        assert_eq!(label(t, &colon_label(t).unwrap()), "HENRY BLAKE JR.");
    }

    #[test]
    fn colon_label_glued_and_alone() {
        let t = "ELENA MARKOVA:Thank you.";
        let m = colon_label(t).unwrap();
        assert!(m.glued);
        assert_eq!(&t[m.speech()..], "Thank you.");
        let t = "JONAS EK:";
        let m = colon_label(t).unwrap();
        assert!(m.alone(t));
        let t = "Translator (00:00):";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "Translator (00:00)");
        let t = "Ilya Kormilin: (09:51)";
        assert!(colon_label(t).unwrap().alone(t));
    }

    #[test]
    fn colon_label_notes_and_commas() {
        let t = "SEN. LIAM O'ROURKE-BATES (I-VT), CANDIDATE: The money runs out.";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "SEN. LIAM O'ROURKE-BATES (I-VT), CANDIDATE");
        let t = "Speaker 1 (00:01:23): Hello there.";
        assert_eq!(label(t, &colon_label(t).unwrap()), "Speaker 1 (00:01:23)");
        let t = "С.Собянин Собянин Сергей Семёнович мэр Москвы : Владимир Владимирович";
        let m = colon_label(t).unwrap();
        assert_eq!(&t[m.speech()..], "Владимир Владимирович");
    }

    #[test]
    fn colon_label_markdown_and_timestamp() {
        let t = "**Jerod Santo:** Alright, we're joined.";
        let m = colon_label(t).unwrap();
        assert!(m.bold);
        assert_eq!(label(t, &m), "Jerod Santo");
        assert_eq!(&t[m.speech()..], "Alright, we're joined.");
        let t = "**Jingle**: \\[14:50\\]";
        let m = colon_label(t).unwrap();
        assert_eq!(label(t, &m), "Jingle");
        let t = "[14:02:11] NAME: Hello.";
        let m = colon_label(t).unwrap();
        assert_eq!((label(t, &m), m.start()), ("NAME", 11));
    }

    #[test]
    fn colon_label_rejects_times_and_urls() {
        assert!(colon_label("Posted 2014-01-21 07:53:00").is_none());
        assert!(colon_label("Yesterday at 14:05").is_none());
        assert!(colon_label("Direct link: en.kremlin.ru/d/52889").is_some());
        assert!(colon_label("http://en.kremlin.ru").is_none());
        assert!(colon_label("we seized: 20 kg").is_none());
        assert!(colon_label("What? Who: me").is_none());
    }

    #[test]
    fn period_labels() {
        let t = "Mr. REID. Mr. President, I yield.";
        let m = period_label(t).unwrap();
        assert_eq!(
            (label(t, &m), &t[m.speech()..]),
            ("Mr. REID", "Mr. President, I yield.")
        );
        let t = "The PRESIDING OFFICER. The clerk will read.";
        assert_eq!(label(t, &period_label(t).unwrap()), "The PRESIDING OFFICER");
        let t = "Mr. CARDOZA of California. Mr. Speaker.";
        assert_eq!(
            label(t, &period_label(t).unwrap()),
            "Mr. CARDOZA of California"
        );
        let t = "The SPEAKER pro tempore. The gentleman is recognized.";
        assert_eq!(
            label(t, &period_label(t).unwrap()),
            "The SPEAKER pro tempore"
        );
        let t = "FERRARO (Misto). Grazie, Presidente.";
        assert_eq!(label(t, &period_label(t).unwrap()), "FERRARO (Misto)");
        let t = "PRESIDENTE.";
        let m = period_label(t).unwrap();
        assert!(m.alone(t));
        assert!(period_label("Ecco. Il testo.").is_none());
        let t = "Mr. McCAIN. I thank the Senator.";
        assert_eq!(label(t, &period_label(t).unwrap()), "Mr. McCAIN");
        let t = "Mr. DeMINT. Thanks.";
        assert_eq!(label(t, &period_label(t).unwrap()), "Mr. DeMINT");
        assert!(period_label("Mr. McCain. Thanks.").is_none());
        assert!(period_label("S. 1095. A bill to amend.").is_none());
        assert!(period_label("Mr. ISAKSON thereupon assumed the chair.").is_none());
    }

    #[test]
    fn a_dash_label_whose_note_wraps_onto_the_next_line() {
        let head = "HON. R. VUNISEA (Minister for Ports, Coastal Works and";
        let next = "Marine Transport).- Mr. Speaker, Sir, I thank the Member.";
        // the unit holds both lines and the blank line between them
        let unit = format!("{head}\n\n{next}");
        let (m, shape) = wrapped_dash_label(head, 2, next).unwrap();
        assert_eq!(
            &unit[m.start()..m.end()],
            "HON. R. VUNISEA (Minister for Ports, Coastal Works and\n\nMarine Transport)"
        );
        assert_eq!(&unit[m.speech()..], "Mr. Speaker, Sir, I thank the Member.");
        assert!(shape.honorific && shape.name_like());
        // a note closed on its own line, or a next line that does not end the label, is none
        assert!(wrapped_dash_label("HON. R. VUNISEA (Minister for Ports)", 1, next).is_none());
        assert!(wrapped_dash_label(head, 1, "Marine Transport) will answer next week.").is_none());
        // a sentence in parentheses is no label's note
        assert!(
            wrapped_dash_label("We went there (and I say this with", 1, "regret).- Anyway")
                .is_none()
        );
    }

    #[test]
    fn dash_labels() {
        let t = "HON. V. PILLAY.- Mr. Speaker, Sir, I move:";
        let m = dash_label(t).unwrap();
        assert_eq!(
            (label(t, &m), &t[m.speech()..]),
            ("HON. V. PILLAY", "Mr. Speaker, Sir, I move:")
        );
        let t = "HON. J. USAMATE (Minister for Infrastructure).- Mr. Speaker, Sir.";
        let m = dash_label(t).unwrap();
        assert_eq!(
            (label(t, &m), &t[m.speech()..]),
            (
                "HON. J. USAMATE (Minister for Infrastructure)",
                "Mr. Speaker, Sir."
            )
        );
        let t = "Mr JAMES MARAPE – Mr Acting Speaker.";
        assert_eq!(label(t, &dash_label(t).unwrap()), "Mr JAMES MARAPE");
        let t = "Mr ACTING SPEAKER- Order!";
        assert_eq!(label(t, &dash_label(t).unwrap()), "Mr ACTING SPEAKER");
        let t = "Q – How do you respond?";
        assert_eq!(&t[dash_label(t).unwrap().speech()..], "How do you respond?");
        assert!(dash_label("SUSPENSION OF STANDING ORDERS-").is_none());
        assert!(dash_label("MINISTRY OF TREASURY - ECONOMIC UPDATE").is_none());
    }

    #[test]
    fn reported_questions_are_labels_of_their_member() {
        let t = "HON. A. B. LIND asked the Government, upon notice: Can the Minister update us?";
        let m = asked_label(t).unwrap();
        assert_eq!(label(t, &m), "HON. A. B. LIND");
        assert_eq!(&t[m.speech()..m.speech() + 5], "asked");
        assert_eq!(m.separator, Separator::Asked);
        let t = "MR. KOS asked the Minister for Ports:";
        assert_eq!(asked_label(t).map(|m| label(t, &m)), Some("MR. KOS"));
        // no honorific, a name in mixed case, a sentence before any colon
        assert!(asked_label("A. LIND asked the Government, upon notice:").is_none());
        assert!(asked_label("Hon. Anna Lind asked the Government, upon notice:").is_none());
        assert!(asked_label("HON. LIND asked the Minister. He said: no").is_none());
        assert!(asked_label("MR. LIND asked a question").is_none());
        // inside a line, after a heading's bracket
        let line = "Harbour Fees (Question No. 12/2031) HON. A. LIND asked the Government, \
upon notice: Can the Minister say? HON. B. KOS.- Yes.";
        assert_eq!(
            inline_asked_label_starts(line),
            [line.find("HON. A.").unwrap()]
        );
        assert!(inline_asked_label_starts("He asked me: why?").is_empty());
    }

    #[test]
    fn q_labels() {
        let t = "Q    Did you see anyone else?";
        let m = q_label(t).unwrap();
        assert_eq!(&t[m.speech()..], "Did you see anyone else?");
        assert!(q_label("Q").is_some());
        assert!(q_label("Q and A").is_none());
        let t = "Q Is the President going?";
        let m = q_label(t).unwrap();
        assert!(m.glued);
        assert_eq!(&t[m.speech()..], "Is the President going?");
        assert!(q_label("Q street is closed").is_none());
        assert!(q_label("Quite a few").is_none());
        // one space and a bracketed note
        let t = "Q (Inaudible) on the harbour plan?";
        let m = q_label(t).unwrap();
        assert!(m.glued);
        assert_eq!(&t[m.speech()..], "(Inaudible) on the harbour plan?");
        assert!(q_label("Q (a) and (b)").is_none());
    }

    #[test]
    fn initials_tokens() {
        assert!(initials_token("В.Путин"));
        assert!(initials_token("А.СОКОЛОВ:"));
        assert!(initials_token("P.K.Bala"));
        assert!(!initials_token("U.S."));
        assert!(!initials_token("Putin"));
        assert!(is_strong_head("Вопрос"));
    }

    #[test]
    fn shapes() {
        let s = LabelShape::of("PRESIDENT OF RUSSIA VLADIMIR PUTIN");
        assert!(s.upper && s.role && s.name_like());
        assert!(LabelShape::of("Audience remark").name_like());
        assert!(!LabelShape::of("These include").name_like());
        assert!(!LabelShape::of("Enter your email").name_like());
        assert!(!LabelShape::of("TRANSCRIPT CONTINUES BELOW").name_like());
        assert!(!LabelShape::of("And here is my second question").name_like());
        assert!(!LabelShape::of("in 2013").name_like());
        assert!(LabelShape::of("WITNESS 2").name_like());
        assert!(LabelShape::of("THE CHAIR").name_like());
        assert!(LabelShape::of("The PRESIDING OFFICER").name_like());
        assert!(!LabelShape::of("The figures break down as follows").name_like());
        let s = LabelShape::of("Transport Minister Maxim Sokolov     Sokolov Maxim");
        assert!(s.wide_gap && s.name_like());
        assert!(LabelShape::of("В.Путин").initials);
    }
}
