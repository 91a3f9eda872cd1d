//! The body zone: speaker turns from the first label to the end of the last turn's speech.
//!
//! A turn runs from its label to the next label. Inside it: speech lines (joined into
//! paragraphs), stage directions (never ending the turn), and boilerplate that interrupts it
//! (related-link blocks, page furniture, running headers), after which the turn goes on.
//! On pages that label only one side (questions as `Q –`, `Q:`), each unlabelled answer is its
//! own turn with no speaker; on pages that mark turns with a dialogue dash or `>>`, each marked
//! paragraph opens a turn with no speaker (LABELING.md).

use super::{Assembled, OutBoiler, OutPara, OutStage, OutTurn, Txt, strong_chrome};
use crate::classify::{Candidate, Unit};
use crate::grammar::boilerplate::{self, Strength};
use crate::grammar::date;
use crate::grammar::label::Separator;
use crate::grammar::stage;
use crate::grammar::words::{
    ends_on_title_abbreviation, ends_sentence, has_double_space, is_small_word, lower, prefix,
    with_lower, word_count_capped,
};
use crate::model::{BoilerplateKind, StageKind};

/// A turn being built.
struct Building {
    label: Option<(usize, usize)>,
    start: usize,
    end: usize,
    paragraphs: Paragraphs,
    stages: Vec<OutStage>,
    question: bool,
}

impl Building {
    fn push_line(&mut self, range: (usize, usize), continues: bool) {
        self.paragraphs.push(range, continues);
        self.end = self.end.max(range.1);
    }
}

/// The paragraphs of a turn being built, as line ranges: all the lines in one list and where
/// each paragraph starts in it (a list per paragraph would cost a turn of many one-line
/// paragraphs twice as much).
#[derive(Default)]
struct Paragraphs {
    lines: Vec<(usize, usize)>,
    starts: Vec<usize>,
}

impl Paragraphs {
    /// A turn's first paragraph of one line.
    fn one(range: (usize, usize)) -> Self {
        Paragraphs {
            lines: vec![range],
            starts: vec![0],
        }
    }

    /// Add a line to the last paragraph when `continues` and there is one, else as a new
    /// paragraph.
    fn push(&mut self, range: (usize, usize), continues: bool) {
        if !continues || self.starts.is_empty() {
            self.starts.push(self.lines.len());
        }
        self.lines.push(range);
    }

    fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    /// The last line of the last paragraph.
    fn last_line(&self) -> Option<&(usize, usize)> {
        self.lines.last()
    }

    /// Each paragraph's lines, in order.
    fn iter(&self) -> impl Iterator<Item = &[(usize, usize)]> {
        self.starts.iter().enumerate().map(|(k, &a)| {
            let b = self.starts.get(k + 1).copied().unwrap_or(self.lines.len());
            &self.lines[a..b]
        })
    }
}

/// Read the body units into turns (and interrupting boilerplate) in `out`.
pub(crate) fn read(
    text: &str,
    units: &[Unit],
    labels: &[Candidate],
    counts: super::LineCounts<'_>,
    dash_style: bool,
    out: &mut Assembled,
) {
    let furniture = running_headers(text, units, &counts);
    let mut captions = repeated_captions(text, units, &counts, out);
    let lone = lone_captions(text, units, labels, &counts, out, !captions.is_empty());
    captions.extend(lone);
    captions.sort_unstable();
    captions.dedup();
    let pull_quotes = pull_quotes(text, units);
    let headings = sub_headings(text, units, labels, &furniture);
    // the counts served to find the running headers: freed before the turns are built
    drop(counts);
    // Pages that label only questions: answers are unlabelled turns.
    let mut labelled = units.iter().filter(|u| u.accepted).peekable();
    let question_only = labelled.peek().is_some()
        && labelled.all(|u| is_question_label(u.label_text(text, labels).unwrap_or("")));
    // the turn being built; only the last turn ever grows, so each turn is finished as soon as
    // the next one starts (a long page's line lists are not all held at once)
    let mut current: Option<Building> = None;
    // a turn per opener (answers of question-only pages add to it): sized once, not grown by
    // doubling
    out.turns.reserve_exact(
        units
            .iter()
            .filter(|u| u.accepted || dash_style && u.dash())
            .count(),
    );
    let open = |out: &mut Assembled, current: &mut Option<Building>, b: Building| {
        if let Some(prev) = current.replace(b) {
            out.turns.push(finish(text, prev, &mut out.boilerplate));
        }
    };
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        let t = u.text(text);
        if u.accepted {
            let m = u.candidate(labels).expect("accepted units have a label");
            let label_text = &t[m.start()..m.end()];
            let mut b = Building {
                label: Some((u.start() + m.start(), u.start() + m.end())),
                start: u.start(),
                end: u.end(),
                paragraphs: Paragraphs::default(),
                stages: Vec::new(),
                question: question_only && is_question_label(label_text),
            };
            let speech = &t[m.speech()..];
            if !speech.trim().is_empty() {
                if m.separator == Separator::Colon
                    && crate::grammar::label::is_timestamp_note(speech.trim())
                {
                    b.stages.push(OutStage::new(
                        crate::model::StageKind::Time,
                        (u.start() + m.speech(), u.end()),
                    ));
                } else {
                    b.push_line((u.start() + m.speech(), u.end()), false);
                }
            }
            open(out, &mut current, b);
            i += 1;
            continue;
        }
        if dash_style && u.dash() {
            let mut b = Building {
                label: None,
                start: u.start(),
                end: u.end(),
                paragraphs: Paragraphs::default(),
                stages: Vec::new(),
                question: false,
            };
            b.paragraphs.push((u.start(), u.end()), false);
            open(out, &mut current, b);
            i += 1;
            continue;
        }
        if let Some(kind) = u.stage {
            if let Some(b) = current.as_mut() {
                b.stages.push(OutStage::new(kind, (u.start(), u.end())));
                b.end = b.end.max(u.end());
            } else {
                out.chrome(BoilerplateKind::Other, (u.start(), u.end()));
            }
            i += 1;
            continue;
        }
        // a hard-wrapped line of speech that happens to open with a chrome phrase (`I don't
        // have anything to` / `share on a — on any schedule`): the sentence goes on
        let wrapped_speech = current.is_some()
            && i > 0
            && u.blank_before == 0
            && !u.inline
            && matches!(
                u.chrome,
                Some((
                    BoilerplateKind::Share
                        | BoilerplateKind::Advertisement
                        | BoilerplateKind::Navigation
                        | BoilerplateKind::Form
                        | BoilerplateKind::Related,
                    _
                ))
            )
            && crate::grammar::words::ends_mid_sentence(units[i - 1].text(text));
        // a related-links widget whose heading is a word of speech too (`Additional`,
        // alone on its line): a widget when short item titles and a date follow it
        if let Some(end) = headed_widget(text, units, i) {
            for w in &units[i..end] {
                out.chrome(BoilerplateKind::Related, (w.start(), w.end()));
            }
            i = end;
            continue;
        }
        if let Some(kind) = strong_chrome(u).filter(|_| !wrapped_speech) {
            out.chrome(kind, (u.start(), u.end()));
            // a running head's date cut from the text it was glued to (`3 rd October, 2024` /
            // `MR. SPEAKER.- ...`) is the record's date, as one on its own line is
            if kind == BoilerplateKind::PageFurniture
                && let Some((0, m)) = date::first_date(t)
                && m.len == t.len()
            {
                out.dates.push(super::out_date(
                    crate::model::DateKind::Event,
                    &m,
                    u.start(),
                    false,
                ));
            }
            i += 1;
            if kind == BoilerplateKind::Related && !u.inline {
                // the widget's items: short title lines and dates, up to the next speech
                while i < units.len() && is_related_item(text, &units[i]) {
                    out.chrome(BoilerplateKind::Related, (units[i].start(), units[i].end()));
                    i += 1;
                }
            }
            continue;
        }
        if captions.binary_search(&i).is_ok() {
            out.chrome(BoilerplateKind::Caption, (u.start(), u.end()));
            i += 1;
            continue;
        }
        if pull_quotes.binary_search(&i).is_ok() {
            out.chrome(BoilerplateKind::PullQuote, (u.start(), u.end()));
            i += 1;
            continue;
        }
        if furniture[i] {
            out.chrome(BoilerplateKind::PageFurniture, (u.start(), u.end()));
            // a running header's date (`30 April 1997`) is the record's date
            if let Some((at, m)) = date::first_date(t) {
                out.dates.push(super::out_date(
                    crate::model::DateKind::Event,
                    &m,
                    u.start() + at,
                    false,
                ));
            }
            i += 1;
            continue;
        }
        // a sub-heading between one speech and the next label is prose of no speaker
        if headings.binary_search(&i).is_ok() {
            out.body_line(text, units, i, false);
            i += 1;
            continue;
        }
        // speech
        let Some(b) = current.as_mut() else {
            out.body_line(text, units, i, true);
            i += 1;
            continue;
        };
        let continues = continues_paragraph(text, units, &furniture, i, b, out.one_space_indent);
        if b.question && !continues && !b.paragraphs.is_empty() {
            // an unlabelled answer after a question
            let answer = Building {
                label: None,
                start: u.start(),
                end: u.end(),
                paragraphs: Paragraphs::one((u.start(), u.end())),
                stages: Vec::new(),
                question: false,
            };
            open(out, &mut current, answer);
        } else {
            b.push_line((u.start(), u.end()), continues);
        }
        i += 1;
    }
    if let Some(b) = current {
        out.turns.push(finish(text, b, &mut out.boilerplate));
    }
}

/// Whether unit `i` continues the current paragraph of `b` (a hard-wrapped line) rather than
/// starting a new one.
fn continues_paragraph(
    text: &str,
    units: &[Unit],
    furniture: &[bool],
    i: usize,
    b: &Building,
    one_space_indent: bool,
) -> bool {
    let u = &units[i];
    let Some(last) = b.paragraphs.last_line() else {
        return false;
    };
    if u.inline {
        return true;
    }
    let prev_text = &text[last.0..last.1];
    let starts_lower = u.text(text).chars().next().is_some_and(char::is_lowercase);
    // a sentence cut by a page break goes on after the page's running head (`... toys
    // which the` / `Page 10` / `2750` / `30 April 1997` / `children cannot use.`)
    let furniture = |k: usize| {
        furniture[k] || matches!(units[k].chrome, Some((BoilerplateKind::PageFurniture, _)))
    };
    let mut k = i;
    while k > 0 && furniture(k - 1) && units[k - 1].start() >= last.1 {
        k -= 1;
    }
    if k < i && k > 0 && units[k - 1].end() == last.1 && starts_lower && !ends_sentence(prev_text) {
        return true;
    }
    // the line's length as printed: a line opening with the turn's label holds the label too
    // (`CHAIR X: I try to stay in my lane.` is a full-width line of a page wrapped at 70)
    let printed = match b.label {
        Some((start, end))
            if !text[end..last.0].contains('\n') && {
                let before = text[..start].trim_end_matches([' ', '\t']);
                before.is_empty() || before.ends_with('\n')
            } =>
        {
            &text[start..last.1]
        }
        _ => prev_text,
    };
    match u.blank_before {
        0 => {
            !ends_sentence(prev_text)
                || starts_lower
                || ends_on_title_abbreviation(prev_text)
                || printed.len() > 50
                    && !indented(u, one_space_indent)
                    && (!prev_ends_hard(printed) || opens_with_reaction(u.text(text)))
        }
        // (two blank lines: a page break of a record, `... what we do during` / `` / `` /
        // `an economic downturn.`; a double-spaced letter's lines: `... urges passage of
        // the` / `` / `Administration's bill`, `... in disagreement be` / `` / `''considered
        // as ...`)
        1 | 2 => {
            !ends_sentence(prev_text)
                && (starts_lower
                    || u.text(text)
                        .trim_start_matches(['\'', '"', '“', '‘', '`'])
                        .starts_with(char::is_lowercase)
                    // (not onto a heading, which a page break may print there: `... not much
                    // different from` / `` / `Suspension of Standing Orders`)
                    || !heading_line(u.text(text))
                        && prev_text.rsplit(' ').next().is_some_and(|w| {
                        with_lower(w, |w| {
                            matches!(
                                w,
                                "the" | "a" | "an" | "of" | "be" | "our" | "their" | "its" | "his"
                            ) || w.len() > 1
                                && matches!(
                                    w,
                                    "in" | "to" | "by" | "from" | "for" | "with" | "on" | "at"
                                        | "into" | "and" | "or"
                                )
                                // (not a list item's close, `... in May; and`, nor a
                                // short procedural line, `Motion agreed to`)
                                && !prev_text.trim_end_matches(|c: char| c.is_alphabetic())
                                    .trim_end()
                                    .ends_with(';')
                                && word_count_capped(prev_text, 8) >= 8
                        })
                    })
                    // a number going on with words in lower case after a line of 8+ words
                    // that stops on a comma or a word (`... from 17th May,` / `` / `2021 to
                    // 21st May, 2021.`; not a list item, `2. The ...`)
                    || word_count_capped(prev_text, 8) >= 8
                        && prev_text.ends_with(|c: char| c.is_alphabetic() || c == ',')
                        && {
                            let t = u.text(text);
                            let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                            digits > 0
                                && t[digits..].starts_with(' ')
                                && t[digits + 1..].starts_with(char::is_lowercase)
                        })
        }
        _ => false,
    }
}

/// Whether unit `u` goes on with the paragraph of prose outside any turn whose last line is
/// `prev_text`: a piece cut from that line; the next line (no blank line between), when it
/// goes on with a sentence left open (opening lower case) or the line before is a long one,
/// wrapped (more than 50 characters, and not one under 60 that ends a sentence) and this one
/// is not indented. Unlike speech, a short line with no sentence end keeps its own paragraph (a
/// sub-heading over prose), and so do a heading in title case, a list item opening with a
/// number or a bullet, and whatever follows a blank line.
pub(super) fn prose_goes_on(text: &str, prev_text: &str, u: &Unit, one_space_indent: bool) -> bool {
    if u.inline {
        return true;
    }
    let t = u.text(text);
    if u.blank_before != 0
        || list_item_start(t)
        || heading_line(prev_text)
        || ends_sentence(prev_text) && heading_line(t)
    {
        return false;
    }
    let starts_lower = t.chars().next().is_some_and(char::is_lowercase);
    // a list item goes on only with a line that goes on with its sentence
    if list_item_start(prev_text) && !starts_lower {
        return false;
    }
    // (lengths in characters: a Cyrillic line is twice as many bytes)
    let chars = prev_text.chars().count();
    starts_lower && !ends_sentence(prev_text)
        || ends_on_title_abbreviation(prev_text)
        || chars > 50 && !indented(u, one_space_indent) && !(ends_sentence(prev_text) && chars < 60)
}

/// Whether line `t` opens with the audience's reaction printed inline, more speech after it
/// on the line (`(Laughter.)  More ships are ...`): the reaction to the sentence above, which
/// a hard-wrapped page carried to the next line because the note did not fit, not a new
/// paragraph's start.
fn opens_with_reaction(t: &str) -> bool {
    let Some(close) = prefix(t, 40).find(')') else {
        return false;
    };
    t.starts_with('(')
        && !t[close + 1..].trim().is_empty()
        && matches!(
            stage::inline_notes(&t[..=close]).as_slice(),
            [(0, end, Some(StageKind::Applause | StageKind::Laughter))] if *end == close + 1
        )
}

/// Whether unit `u` is indented as a new paragraph is: by two spaces or more, or by one on a
/// page that indents so (`one_space_indent`). Elsewhere one space is what a non-breaking space
/// printed after the wrap leaves (`... our global power.` / `&nbsp;That's our ...`: the page
/// put the space that followed a sentence at the next line's start), not an indent.
fn indented(u: &Unit, one_space_indent: bool) -> bool {
    u.indent > 1 || one_space_indent && u.indent == 1
}

/// Whether `t` opens a list item: a number with a period or bracket (`1.`, `2)`), or a bullet
/// or dash, then a space.
fn list_item_start(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    if digits > 0 {
        return digits <= 3 && (rest.starts_with(". ") || rest.starts_with(") "));
    }
    ['-', '•', '*', '–', '—', '·']
        .iter()
        .any(|b| rest.strip_prefix(*b).is_some_and(|r| r.starts_with(' ')))
}

/// The units that are sub-headings of the transcript between turns, decided for the whole
/// page: a short line of its own after a speech that ended its sentence, right over the next
/// speaker label (`... Let us talk about it.` / `On the harbour reform` / `Ivan Lind: ...`),
/// where the page prints three or more such lines. One or two such lines are more likely the
/// last words of a speech printed without a stop (`Thank you all`, `Go Navy`), and are left to
/// the speech.
fn sub_headings(
    text: &str,
    units: &[Unit],
    labels: &[Candidate],
    furniture: &[bool],
) -> Vec<usize> {
    let mut found = Vec::new();
    for i in 1..units.len().saturating_sub(1) {
        let (u, next) = (&units[i], &units[i + 1]);
        if u.accepted
            || u.inline
            || u.blank_before == 0
            || u.chrome.is_some()
            || u.stage.is_some()
            || u.has_label()
            || !next.accepted
            || next.blank_before == 0
        {
            continue;
        }
        // back over page furniture, chrome and notes to the speech before it (a section
        // break, `* * *` or an elision `<…>`, ends the speech as a full stop does)
        let mut k = i - 1;
        let mut breaks = false;
        while k > 0 && (furniture[k] || units[k].chrome.is_some() || units[k].stage.is_some()) {
            breaks |= units[k].stage == Some(StageKind::Elision)
                || matches!(
                    units[k].chrome,
                    Some((BoilerplateKind::TranscriptMarker, _))
                );
            k -= 1;
        }
        let prev = &units[k];
        // (a label alone on its line has no speech)
        let speech_before = match prev.candidate(labels) {
            Some(m) if prev.accepted => &prev.text(text)[m.speech()..],
            _ => prev.text(text),
        };
        // a heading does not name the next speaker (`Senator Ortiz` / `SENATOR ORTIZ: ...`:
        // the floor handed over)
        let names_next = || {
            next.candidate(labels).is_some_and(|m| {
                let label = &next.text(text)[m.start()..m.end()];
                lower(u.text(text)) == lower(label)
            })
        };
        if !speech_before.trim().is_empty()
            && (breaks || ends_sentence(speech_before))
            && sub_heading_shape(u.text(text))
            && !names_next()
        {
            found.push(i);
        }
    }
    // (three or more: two short closing lines, `Go Navy` ... `God bless America`, are no
    // sections)
    if found.len() < 3 {
        found.clear();
    }
    // an oral question's heading, or a withdrawn question's note, cut off the speech before it
    // (`Construction of Farm Roads (Question No. 181/2031)`): one is enough, by its note, when
    // the next label follows it (past page furniture, chrome and notes: a heading inside a
    // turn would split it)
    for (i, u) in units.iter().enumerate() {
        if !u.accepted
            && !u.has_label()
            && u.chrome.is_none()
            && u.stage.is_none()
            && question_heading(u.text(text))
        {
            let mut k = i + 1;
            while k < units.len()
                && (furniture[k]
                    || units[k].chrome.is_some()
                    || units[k].stage.is_some()
                    || question_heading(units[k].text(text)))
            {
                k += 1;
            }
            if units.get(k).is_some_and(|n| n.accepted) {
                found.push(i);
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// Whether `t` is an oral question's heading with its note (`Construction of Farm Roads
/// (Question No. 181/2031)`: at most twenty words, no sentence end, before the note closing
/// it), or a withdrawn question's note alone (`(Question No. 178/2031 was withdrawn)`).
fn question_heading(t: &str) -> bool {
    // (a note closes it: most paragraphs are passed by their last byte)
    if !t.ends_with(')') {
        return false;
    }
    let Some(at) = memchr::memmem::rfind(t.as_bytes(), b"(Question No.") else {
        return false;
    };
    let note = &t[at..];
    let heading = t[..at].trim_end();
    note.ends_with(')')
        && !note[1..note.len() - 1].contains(['(', ')'])
        && note.bytes().any(|c| c.is_ascii_digit())
        && (heading.is_empty()
            && crate::classify::WITHDRAWN_NOTES
                .iter()
                .any(|w| note.contains(w))
            || !heading.is_empty()
                && !heading.contains(". ")
                && !heading.ends_with(['.', '?', '!', ':'])
                && word_count_capped(heading, 21) <= 20
                && crate::classify::heading_opening(heading)
                && !heading.starts_with('(')
                // (a heading's words are capitalized but small words: not `I refer to my
                // answer to`)
                && heading
                    .split(' ')
                    .filter(|w| {
                        w.starts_with(char::is_lowercase) && !with_lower(w, is_small_word)
                    })
                    .count()
                    <= 1)
}

/// Whether `t` is shaped as a sub-heading: one to twelve words (one only in capitals), opening
/// with a capital or a figure, with no sentence end, comma, colon, bracket or quotation mark,
/// and no dash but between words in capitals, not stopping on a function word, and no word of
/// speech (a pronoun of the first or second person, an auxiliary): `On the harbour reform`,
/// `Power lines in the Northern District`, `2031 Budget Request`, `PERSONAL STATEMENT`,
/// `HARBOUR BILL 2031 — SECOND READING`, `ADJOURNMENT`, also set in Markdown bold
/// (`**On the harbour reform**`); not `Thank you all`, `And we —`.
fn sub_heading_shape(t: &str) -> bool {
    use crate::grammar::words::{ends_on_function_word, is_all_caps, is_speaker_word};
    let t = t
        .strip_prefix("**")
        .and_then(|b| b.strip_suffix("**"))
        .unwrap_or(t)
        .trim();
    let caps = is_all_caps(t);
    let words = word_count_capped(t, 13);
    t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !ends_sentence(t)
        && !t.contains([',', ':', ';', '(', ')', '[', ']', '"', '“', '”', '*'])
        && (caps || !t.contains(['—', '–']))
        && !t.ends_with(['-', '—', '–'])
        && (if caps { 1..=12 } else { 2..=12 }).contains(&words)
        && !ends_on_function_word(t)
        && t.split(' ').all(|w| {
            !with_lower(
                w.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’'),
                is_speaker_word,
            )
        })
}

/// Whether `t` reads as a heading: two to twelve words, each capitalized but small words, with
/// no sentence end, comma or bracket, not stopping on a small word (`Forty Years of Teaching
/// the Harbour Towns to Read Together`; not `Today, the Department of Labor and`).
fn heading_line(t: &str) -> bool {
    !ends_sentence(t)
        && !t.contains([',', '(', ')', '[', ']'])
        && t.rsplit(' ')
            .next()
            .is_some_and(|w| !with_lower(w, is_small_word))
        && (2..=12).contains(&word_count_capped(t, 13))
        && title_case(t)
}

/// Whether every word of `t` that opens with a letter opens with a capital, small words
/// (`of`, `the`) aside.
fn title_case(t: &str) -> bool {
    t.split(' ')
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || with_lower(w, is_small_word))
}

/// A line that ends a paragraph on pages that wrap lines: a sentence end followed by nothing.
fn prev_ends_hard(prev: &str) -> bool {
    ends_sentence(prev) && prev.len() < 60
}

fn is_question_label(label: &str) -> bool {
    matches!(
        lower(label.trim_end_matches('.')).as_str(),
        "q" | "question" | "questions" | "вопрос" | "journalist" | "reporter" | "audience"
    )
}

/// Items of a related-link widget after its marker: short lines without a sentence end, or
/// date lines.
pub(super) fn is_related_item(text: &str, u: &Unit) -> bool {
    let t = u.text(text);
    if u.accepted || u.stage.is_some() {
        return false;
    }
    let is_date = super::date_only(text, u);
    // (an item title does not end in a colon or a comma: `Friends, colleagues,` opens speech)
    is_date || (word_count_capped(t, 15) <= 15 && !ends_sentence(t) && !t.ends_with([':', ',']))
}

/// Where the related-links widget that unit `i` heads ends (one past its date), when unit `i`
/// is a weak widget heading alone on its line (`Additional`, `Дополнительно`: words of speech
/// too) after a sentence end, followed by one item title and its date: `Additional` / `Visit to
/// the Harbour Province` / `October 4, 2031`.
fn headed_widget(text: &str, units: &[Unit], i: usize) -> Option<usize> {
    let u = &units[i];
    if u.inline
        || u.chrome != Some((BoilerplateKind::Related, Strength::Weak))
        || i == 0
        || !ends_sentence(units[i - 1].text(text))
    {
        return None;
    }
    // (after a paragraph of speech that ends its sentence: one item title, then its date; a
    // list of short lines, `Basic` / `Additional` / `Regional`, is speech)
    let title = units.get(i + 1)?;
    let date = units.get(i + 2)?;
    (!title.inline
        && !date.inline
        && is_related_item(text, title)
        && !super::date_only(text, title)
        && super::date_only(text, date))
    .then_some(i + 3)
}

/// Whether unit `k`, in a page break's header block starting at unit `start`, reads as one of
/// the four units before the block with its digits left out (`Paper No. 191` after `Paper No.
/// 190`): an item of the list the break cut, not a line of the header.
fn item_goes_on(text: &str, units: &[Unit], start: usize, k: usize) -> bool {
    let shape = |u: &Unit| {
        u.text(text)
            .split(' ')
            .filter(|w| !w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
            .collect::<Vec<_>>()
    };
    let item = shape(&units[k]);
    // (a word besides the number: not a page number after another)
    !item.is_empty()
        && units[start.saturating_sub(4)..start]
            .iter()
            .any(|u| u.text(text) != units[k].text(text) && shape(u) == item)
}

/// Units that are page furniture inside the body: lines repeated on the page that are not
/// speech (running headers), and lines that are only a date (`30 April 1997`).
fn running_headers(text: &str, units: &[Unit], counts: &super::LineCounts<'_>) -> Vec<bool> {
    let mut marks: Vec<bool> = repeated_lines(text, units, counts);
    // a short heading between page numbers and a date line is part of the page header
    // (`Page 59` / `418` / `Suspension of Standing Orders` / `9th Feb., 2021`)
    let furniture_like = |u: &Unit, marked: bool| {
        marked
            || matches!(u.chrome, Some((BoilerplateKind::PageFurniture, _)))
            || u.end() - u.start() <= 40
                && date::first_date(u.text(text))
                    .is_some_and(|(at, m)| at == 0 && m.len == u.text(text).len())
    };
    for i in 1..units.len().saturating_sub(1) {
        let t = units[i].text(text);
        if !marks[i]
            && t.len() <= 120
            && !units[i].accepted
            && !units[i].numbered()
            && units[i].stage.is_none()
            && word_count_capped(t, 8) <= 8
            && !ends_sentence(t)
            // a heading does not end in a semicolon or a comma; a list item may (`(2)` /
            // `National disputes;` / `(3)`)
            && !t.ends_with([';', ','])
            && furniture_like(&units[i - 1], marks[i - 1])
            && furniture_like(&units[i + 1], marks[i + 1])
        {
            marks[i] = true;
        }
    }
    // a page break's header block between two paragraphs of speech: a run of three short
    // lines or more with a page number and a date among them (`24` / `Page 25` / `49th
    // Session` / `Tuesday, 23 March, 2021` / `Volume 11`)
    let short = |u: &Unit| {
        let t = u.text(text);
        !u.accepted
            && !u.numbered()
            && u.stage.is_none()
            && t.len() <= 80
            && word_count_capped(t, 6) <= 6
            && !ends_sentence(t)
            && !t.ends_with([';', ',', ':'])
    };
    let dated = |u: &Unit| {
        let t = u.text(text);
        date::first_date(t).is_some_and(|(at, m)| at == 0 && m.len == t.len())
    };
    // (a page number and a date both: a list of dates or a vote tally in speech has not both;
    // nor does a list a line ending in a colon opens)
    let page_number = |u: &Unit| matches!(u.chrome, Some((BoilerplateKind::PageFurniture, _)));
    let mut i = 0;
    while i < units.len() {
        let run = units[i..]
            .iter()
            .zip(&marks[i..])
            .take_while(|(u, m)| **m || short(u))
            .count();
        let numbers = (i..i + run).filter(|&k| page_number(&units[k])).count();
        let dates = (i..i + run).filter(|&k| dated(&units[k])).count();
        let introduced = i > 0 && units[i - 1].text(text).ends_with(':');
        if run >= 3 && numbers >= 1 && dates >= 1 && !introduced {
            // (the list the page break cut goes on after the block: its last short lines
            // that read as a line just before it but for their digits are the list's, `Paper
            // No. 190` / ... / `Thirteenth Meeting` / `Paper No. 191`)
            let mut end = i + run;
            while end > i + 3 && !marks[end - 1] && item_goes_on(text, units, i, end - 1) {
                end -= 1;
            }
            marks[i..end].iter_mut().for_each(|m| *m = true);
        }
        i += run.max(1);
    }
    marks
}

/// The pull quotes among the units (indices, ascending): a paragraph of at least
/// [`PULL_QUOTE_MIN`] bytes that repeats another paragraph of the same turn (between the same
/// two accepted labels), word for word, either whole or as its opening words. The copy is the
/// one opened by a quotation mark (`”We must ...`); without one, the shorter when the passage
/// is at least half as long again (a speaker who says a sentence again and adds a few words is
/// not quoted: `... of the coast.` then `... of the coast. And I mean it.`), or the first of two
/// equal ones (the box is printed before the passage it repeats). Among more than
/// [`MAX_OPENING_ALIKE`] paragraphs opening alike, none is taken.
fn pull_quotes(text: &str, units: &[Unit]) -> Vec<usize> {
    // the quotation marks a box may open (a page's `”` for `“`) or close with
    const QUOTE_MARKS: [char; 5] = ['”', '“', '"', '«', '»'];
    // (a quote cut short ends with its own punctuation: `round.` for `round,`)
    const ENDS: [char; 7] = ['.', ',', ';', ':', '!', '?', '…'];
    fn unquoted(t: &str) -> &str {
        t.trim_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace())
    }
    // (the words of a paragraph, a quotation mark around them left out)
    fn words(t: &str) -> std::str::SplitWhitespace<'_> {
        unquoted(t).split_whitespace()
    }
    let marked = |t: &str| t.starts_with(QUOTE_MARKS);
    // the opening words a paragraph is sorted by
    let opening = |i: u32| prefix(unquoted(units[i as usize].text(text)), 40);
    // each whole paragraph long enough, and its turn (accepted labels before it); (8 bytes a
    // paragraph: the list exists while the page's tables do)
    let mut turn = 0u32;
    let mut long: Vec<(u32, u32)> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        if u.accepted {
            turn += 1;
            continue;
        }
        let whole = u.blank_before > 0
            && !u.inline
            && u.stage.is_none()
            && u.chrome.is_none()
            && units.get(i + 1).is_none_or(|n| n.blank_before > 0);
        if whole && u.end() - u.start() >= PULL_QUOTE_MIN {
            long.push((turn, i as u32));
        }
    }
    if long.len() < 2 {
        return Vec::new();
    }
    let mut quotes = quoted_copies(text, units, &long, marked);
    let shortened = shortened_copies(text, units, &long, marked);
    // paragraphs of one turn with the same opening side by side, in page order
    long.sort_unstable_by(|a, b| (a.0, opening(a.1), a.1).cmp(&(b.0, opening(b.1), b.1)));
    for group in long.chunk_by(|a, b| a.0 == b.0 && opening(a.1) == opening(b.1)) {
        // (a pull quote and its passage, perhaps with another paragraph opening alike; more is
        // a formula said over and over, `That the sum of ... stands part of the Bill`, and
        // comparing each with each would cost the square of their number)
        if group.len() > MAX_OPENING_ALIKE {
            continue;
        }
        for (n, &(_, i)) in group.iter().enumerate() {
            for &(_, j) in &group[n + 1..] {
                let (i, j) = (i as usize, j as usize);
                let (a, b) = (units[i].text(text), units[j].text(text));
                let (wa, wb) = (words(a).count(), words(b).count());
                let (short, long_one, short_i) = if wa <= wb { (a, b, i) } else { (b, a, j) };
                let repeats = words(long_one)
                    .zip(words(short))
                    .all(|(x, y)| x.trim_end_matches(ENDS) == y.trim_end_matches(ENDS));
                if !repeats {
                    continue;
                }
                let quote = if wa == wb {
                    // equal: the marked one, else the first
                    if marked(b) && !marked(a) { j } else { i }
                } else if marked(short) || long_one.len() * 2 >= short.len() * 3 {
                    short_i
                } else {
                    continue;
                };
                quotes.push(quote);
            }
        }
    }
    // (a page prints pull quotes that shorten their passage when it shows one already, when
    // one drops its passage's lead-in nearby, or when two or more paragraphs shorten others: a
    // speaker who says a sentence again without its opening words does so once)
    if !quotes.is_empty() || shortened.len() >= 2 || shortened.iter().any(|&(_, near)| near) {
        quotes.extend(shortened.iter().map(|&(i, _)| i));
    }
    quotes.sort_unstable();
    quotes.dedup();
    quotes
}

/// The paragraphs without a quotation mark that shorten a longer paragraph anywhere on the page
/// (`long`: the whole paragraphs of [`pull_quotes`] with their turns, in page order), each with
/// whether it is near its passage and drops a lead-in: a paragraph of twelve to
/// [`SHORTENED_MAX_WORDS`] words (words in square brackets, an editor's insertion such as
/// `[Syria]`, left out) whose words are, in order, runs of at least two words of a paragraph
/// of more words (up to [`PASSAGE_MAX_WORDS`]), compared in lower case without punctuation.
/// `Our citizens mostly judge ...` beside `I would like to conclude by saying that our citizens
/// mostly judge ...`; `Unjustified price hikes ... deserve special attention. We must make sure
/// ...` beside the same passage with two sentences and `Of course,` between. Near (within
/// [`PULL_QUOTE_REACH`] paragraphs of the same turn) and dropping a lead-in: a run whose
/// first word is capitalized in the copy and in lower case in the passage. Kremlin pages set
/// such quotes between paragraphs, sometimes inside another speaker's turn, and far from
/// their passage. Not a paragraph after one ending with a colon or a dash: it is read out.
///
/// Each paragraph is compared with at most [`SHORTENED_TRIES`] others: those holding, at a
/// word's start, the 16 bytes after its first letter. Word lists are made only for the pairs so
/// found; the rest is one pass over the spaces of the page's paragraphs.
fn shortened_copies(
    text: &str,
    units: &[Unit],
    long: &[(u32, u32)],
    marked: impl Fn(&str) -> bool,
) -> Vec<(usize, bool)> {
    // the copies that may be: each paragraph of twelve words or more, not marked, not read
    // out, keyed by the 16 bytes after its first letter (the letter's case is what a dropped
    // lead-in changes); words are counted by their spaces
    let mut firsts: foldhash::HashMap<u64, Vec<u32>> = foldhash::HashMap::default();
    for (n, &(_, i)) in long.iter().enumerate() {
        let t = units[i as usize].text(text);
        if marked(t) || (i > 0 && units[i as usize - 1].text(text).ends_with([':', '—', '–'])) {
            continue;
        }
        let spaces = memchr::memchr_iter(b' ', t.as_bytes()).count();
        if (11..=SHORTENED_MAX_WORDS * 2).contains(&spaces)
            && let Some(key) = opening_key(t.as_bytes(), 0)
        {
            firsts.entry(key).or_default().push(n as u32);
        }
    }
    if firsts.is_empty() {
        return Vec::new();
    }
    // (a bit for each key, 16 bits a key: most word starts are passed by one bit's test)
    let bits = (firsts.len() * 16).next_power_of_two().clamp(64, 1 << 16);
    let mut filter = vec![0u64; bits / 64];
    let bit = |key: u64| (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (bits - 1);
    for &key in firsts.keys() {
        filter[bit(key) / 64] |= 1 << (bit(key) % 64);
    }
    // the paragraphs holding each key at a word's start (each once, at most
    // `SHORTENED_TRIES`), not a paragraph holding its own opening only
    let mut holders: foldhash::HashMap<u64, Vec<u32>> = foldhash::HashMap::default();
    for (m, &(_, j)) in long.iter().enumerate() {
        let b = units[j as usize].text(text).as_bytes();
        // (a whole paragraph is one line)
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b' ', b).map(|at| at + 1));
        for at in starts {
            let Some(key) = opening_key(b, at) else {
                continue;
            };
            if filter[bit(key) / 64] & (1 << (bit(key) % 64)) != 0
                && firsts
                    .get(&key)
                    .is_some_and(|copies| copies.as_slice() != [m as u32])
            {
                let list = holders.entry(key).or_default();
                if list.len() < SHORTENED_TRIES && list.last() != Some(&(m as u32)) {
                    list.push(m as u32);
                }
            }
        }
    }
    // (a word in 4 bytes: its hash's top bits, and its case in the lowest two; a list holds
    // what the paragraph's spaces allow, so it is never grown)
    let words = |i: u32, brackets: bool| {
        let t = units[i as usize].text(text);
        let room = memchr::memchr_iter(b' ', t.as_bytes()).count() + 1;
        let mut out: Vec<u32> = Vec::with_capacity(room.min(PASSAGE_MAX_WORDS + 1));
        each_word(t, brackets, |h, case| {
            let case = match case {
                Some(true) => 1,
                Some(false) => 2,
                None => 0,
            };
            out.push(((h >> 32) as u32 & !3) | case);
            out.len() <= PASSAGE_MAX_WORDS
        });
        out
    };
    let mut found = Vec::new();
    for (key, copies) in &firsts {
        let Some(passages) = holders.get(key) else {
            continue;
        };
        for &n in copies {
            let (turn, i) = long[n as usize];
            let q = words(i, true);
            if !(12..=SHORTENED_MAX_WORDS).contains(&q.len()) {
                continue;
            }
            let hit = passages.iter().find_map(|&m| {
                let (other_turn, j) = long[m as usize];
                if m == n {
                    return None;
                }
                let p = words(j, false);
                if p.len() <= q.len() || p.len() > PASSAGE_MAX_WORDS {
                    return None;
                }
                let lead_in = covered(&q, &p)?;
                Some(lead_in && other_turn == turn && n.abs_diff(m) as usize <= PULL_QUOTE_REACH)
            });
            if let Some(near) = hit {
                found.push((i as usize, near));
            }
        }
    }
    found
}

/// Calls `f` with each word of `t` (its text between spaces, punctuation around it left out)
/// as a hash of the word with its first letter lower-cased, and whether that letter is a
/// capital (`Some(true)`) or in lower case (`Some(false)`), until `f` returns `false`. With
/// `brackets`, words inside square brackets (`[the USSR]`) are left out.
fn each_word(t: &str, brackets: bool, mut f: impl FnMut(u64, Option<bool>) -> bool) {
    use std::hash::BuildHasher;
    let state = foldhash::fast::FixedState::default();
    let mut inside = false;
    for token in t.split(' ') {
        if brackets && (inside || token.starts_with('[')) {
            inside = !token.contains(']');
            continue;
        }
        let w = token.trim_matches(|c: char| !c.is_alphanumeric());
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            continue;
        };
        let case = if first.is_uppercase() {
            Some(true)
        } else if first.is_lowercase() {
            Some(false)
        } else {
            None
        };
        let lowered = first.to_lowercase().next().unwrap_or(first);
        if !f(state.hash_one((lowered, chars.as_str())), case) {
            return;
        }
    }
}

/// The 16 bytes after the character at `at` in `b` (the opening of a word with its first
/// letter left out), as a number; `None` past the end.
fn opening_key(b: &[u8], at: usize) -> Option<u64> {
    let first = *b.get(at)?;
    let len = match first {
        0..0x80 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    let bytes: [u8; 16] = b.get(at + len..at + len + 16)?.try_into().ok()?;
    let n = u128::from_le_bytes(bytes);
    Some((n as u64).rotate_left(29) ^ ((n >> 64) as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

/// Whether the words `q` are, in order, runs of at least two words of `p` (see
/// [`shortened_copies`]), and if so whether a run drops a lead-in: its first word capitalized
/// in `q` and in lower case in `p`. Each run is the longest found from where the last ended.
fn covered(q: &[u32], p: &[u32]) -> Option<bool> {
    // (the words without their case bits)
    let same = |a: u32, b: u32| (a ^ b) & !3 == 0;
    let (mut i, mut from, mut lead_in) = (0, 0, false);
    while i < q.len() {
        let mut best = (0, 0);
        for k in from..p.len() {
            if !same(p[k], q[i]) {
                continue;
            }
            let run = q[i..]
                .iter()
                .zip(&p[k..])
                .take_while(|&(&a, &b)| same(a, b))
                .count();
            if run > best.0 {
                best = (run, k);
                if run == q.len() - i {
                    break;
                }
            }
        }
        let (run, k) = best;
        if run < 2 {
            return None;
        }
        lead_in |= q[i] & 3 == 1 && p[k] & 3 == 2;
        i += run;
        from = k + run;
    }
    Some(lead_in)
}

/// The most words of a paragraph [`shortened_copies`] takes for a shortened copy.
const SHORTENED_MAX_WORDS: usize = 150;

/// The most words of a paragraph [`shortened_copies`] looks in for a copy's passage.
const PASSAGE_MAX_WORDS: usize = 600;

/// How many paragraphs holding its opening (the 16 bytes after its first letter, at a word's
/// start) [`shortened_copies`] compares a copy with.
const SHORTENED_TRIES: usize = 16;

/// The pull quotes that shorten the passage they quote (`long`: the whole paragraphs of
/// [`pull_quotes`] with their turns, in page order): a paragraph of at least twelve words
/// opened by a quotation mark (`marked`), at least four fifths of whose word triples (lower
/// case, punctuation left out) a longer unmarked paragraph of the same turn holds, within
/// [`PULL_QUOTE_REACH`] paragraphs of it (`“Russia must be a sovereign ... country.”` beside
/// `In the 21st century ... Russia must be a sovereign and influential country. ...`: a
/// lead-in or a clause left out). Not a quotation introduced by a colon or a dash, nor one whose
/// passage opens (in its first eight words) with a reporting verb (`The charter says that ...`,
/// `I say again: ...`): the speaker reads it out or says it again.
fn quoted_copies(
    text: &str,
    units: &[Unit],
    long: &[(u32, u32)],
    marked: impl Fn(&str) -> bool,
) -> Vec<usize> {
    use std::hash::{BuildHasher, Hasher};
    let state = foldhash::fast::FixedState::default();
    // each word of a paragraph, hashed with its letters lower-cased (no copy made)
    fn word_hashes<'a>(
        t: &'a str,
        state: &'a foldhash::fast::FixedState,
    ) -> impl Iterator<Item = u64> + 'a {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(move |w| {
                let mut h = state.build_hasher();
                for c in w.chars().flat_map(char::to_lowercase) {
                    h.write_u32(c as u32);
                }
                h.finish()
            })
    }
    // a quote's word triples, hashed, sorted and each once, and its word count
    let triples = |t: &str| -> (Vec<u64>, usize) {
        let words: Vec<u64> = word_hashes(t, &state).collect();
        let mut set: Vec<u64> = words
            .windows(3)
            .map(|w| state.hash_one((w[0], w[1], w[2])))
            .collect();
        set.sort_unstable();
        set.dedup();
        (set, words.len())
    };
    // how many of a quote's triples a passage holds, and the passage's word count (its triples
    // are made as its words are read and none is kept: a long passage on a short page would
    // hold more memory than the page)
    let held = |quote: &[u64], t: &str| -> (usize, usize) {
        let mut seen = vec![false; quote.len()];
        let (mut a, mut b, mut n) = (0, 0, 0usize);
        for h in word_hashes(t, &state) {
            if n >= 2
                && let Ok(k) = quote.binary_search(&state.hash_one((a, b, h)))
            {
                seen[k] = true;
            }
            (a, b, n) = (b, h, n + 1);
        }
        (seen.iter().filter(|&&s| s).count(), n)
    };
    let mut found = Vec::new();
    for (n, &(turn, i)) in long.iter().enumerate() {
        let t = units[i as usize].text(text);
        if !marked(t) {
            continue;
        }
        // (a quotation the speaker introduces, `... the charter reads:`, is read out)
        if i > 0 && units[i as usize - 1].text(text).ends_with([':', '—', '–']) {
            continue;
        }
        let (quote, words) = triples(t);
        if words < 12 || quote.is_empty() {
            continue;
        }
        let from = n.saturating_sub(PULL_QUOTE_REACH);
        let to = (n + PULL_QUOTE_REACH + 1).min(long.len());
        let copied = (from..to).any(|m| {
            let (other_turn, j) = long[m];
            let other = units[j as usize].text(text);
            // (a passage is longer than its quote: a shorter paragraph is passed by its bytes)
            if other_turn != turn || j == i || marked(other) || other.len() * 4 < t.len() * 3 {
                return false;
            }
            // (a passage that opens saying whose words they are, `The charter says that
            // ...`, `As the charter reads, ...`, `I say again: ...`, quotes a text the speaker
            // read out, or says again: both are speech)
            let reported = other.split(' ').take(8).any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                crate::grammar::words::with_lower(w, |l| {
                    crate::grammar::label::is_reporting_verb(l)
                        || matches!(l, "say" | "read" | "reads" | "quote" | "quoted")
                })
            });
            if reported {
                return false;
            }
            let (hits, passage_words) = held(&quote, other);
            passage_words > words && hits * 5 >= quote.len() * 4
        });
        if copied {
            found.push(i as usize);
        }
    }
    found
}

/// How many paragraphs before or after a pull quote [`quoted_copies`] looks for its passage.
const PULL_QUOTE_REACH: usize = 10;

/// The shortest paragraph [`pull_quotes`] takes for a pull quote, in bytes: a quoted sentence,
/// not a caption or a slogan said twice.
const PULL_QUOTE_MIN: usize = 100;

/// The most paragraphs of one turn opening alike (their first 40 bytes) among which
/// [`pull_quotes`] looks for a pull quote.
const MAX_OPENING_ALIKE: usize = 4;

/// The units that are a photo caption naming the page's event, printed between paragraphs of
/// speech: a line of at most fifteen words, printed twice or more on the page, that holds the
/// title (of three words or more) in a longer phrase (`At the plenary session of the Harbour
/// Trade Forum.` under the title `Harbour Trade Forum`), or all its words but small words,
/// three or more, in any order (`At the meeting of the Harbour Trade Council.` under `Harbour
/// Trade Council meeting`). On a page that prints such captions, also a paragraph printed once
/// that names the event at its end with no verb or pronoun. Indices in order.
fn repeated_captions(
    text: &str,
    units: &[Unit],
    counts: &super::LineCounts<'_>,
    out: &Assembled,
) -> Vec<usize> {
    let Some(title) = out.title.as_ref().map(|f| &text[f.span.0..f.span.1]) else {
        return Vec::new();
    };
    let title = crate::grammar::words::lower(title.trim_end_matches('.'));
    if word_count_capped(&title, 3) < 3 {
        return Vec::new();
    }
    // the title's words other than small words, in any order (`At the meeting of the Harbour
    // Council.` under `Harbour Council meeting`)
    let title_words = content_words(&title);
    let shaped = |u: &Unit| {
        let t = u.text(text);
        !u.accepted
            && u.stage.is_none()
            && u.chrome.is_none()
            && t.len() > title.len()
            && word_count_capped(t, 15) <= 15
    };
    let mut captions: Vec<usize> = (0..units.len())
        .filter(|&i| {
            let u = &units[i];
            let t = u.text(text);
            shaped(u) && counts.get(t) >= 2 && {
                let lowered = crate::grammar::words::lower(t);
                lowered.contains(title.as_str())
                    || title_words.len() >= 3 && {
                        let caption = content_words(&lowered);
                        title_words.iter().all(|w| caption.contains(w))
                    }
            }
        })
        .collect();
    // on a page that prints such captions, one printed once is a caption too when it is a
    // paragraph of its own that names the event at its end, with no verb or pronoun (`With
    // the President of Veleria Ivo Rask at the Harbour Trade Forum.`; not `Welcome to the
    // Harbour Trade Forum.`, `We are glad to host the Harbour Trade Forum.`)
    if !captions.is_empty() {
        let once = (0..units.len()).filter(|&i| {
            let u = &units[i];
            let t = u.text(text);
            shaped(u)
                && u.blank_before > 0
                && units.get(i + 1).is_none_or(|n| n.blank_before > 0)
                && t.ends_with('.')
                && counts.get(t) < 2
                && {
                    let lowered = crate::grammar::words::lower(t);
                    lowered.trim_end_matches('.').ends_with(title.as_str())
                        && !crate::grammar::words::opens_with_greeting(t)
                        && !lowered.split(' ').any(crate::grammar::words::sentence_word)
                }
        });
        captions.extend(once.collect::<Vec<_>>());
        captions.sort_unstable();
    }
    captions
}

/// The words of lower-cased `s` other than small words (`the`, `of`), split at anything but
/// letters, digits, hyphens and apostrophes.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| !w.is_empty() && !crate::grammar::words::is_small_word(w))
        .map(str::to_string)
        .collect()
}

/// Whether unit `u` is an accepted label alone on its line, with no speech after it: the next
/// paragraph is the turn's first.
fn label_alone(text: &str, labels: &[Candidate], u: &Unit) -> bool {
    u.accepted
        && u.candidate(labels).is_some_and(|m| {
            text[u.start() + m.end()..u.end()]
                .trim_matches(|c: char| c == ' ' || c.is_ascii_punctuation())
                .is_empty()
        })
}

/// Words that open a photo caption naming the occasion (`At the meeting with ...`, `During a
/// visit to ...`, `With the President of ...`), in lower case.
const CAPTION_OPENERS: [&str; 5] = ["at", "during", "before", "after", "with"];

/// The units that are a photo caption printed once between paragraphs of speech, whatever the
/// title (see [`repeated_captions`] for captions printed more than once): a paragraph of its
/// own, not a turn's first, of at most thirty words ending in a period, with no verb, pronoun,
/// honorific, question, exclamation, quotation, colon or clause after a comma, not opening
/// with a conjunction (`And now ...`), that
/// - holds every word of the title but small words, three or more, in any order (`At a meeting
///   with Harbour Board members.` under `Meeting with Harbour Board members`);
/// - or ends with the name (its last two words) of a speaker the page labels, after at least
///   one other word (`Director of the Harbour Board Ivo Rask.`, `With Harbour Master Ivo
///   Rask.`);
/// - or opens with an occasion word (`At`, `During`, `Before`, `After`, `With`) and is printed
///   twice or more on the page (`During a visit to the grain terminal.`), when it may hold a
///   phrase after a comma if printed four times or more (`With pupils, winners of the essay
///   contest.`);
/// - or, on a page with another caption (`captions_elsewhere`, or one of the above) and in
///   text with no Cyrillic (whose verbs the short verb list does not know), opens with an
///   occasion word and has five words or more, no comma, and a capitalized word after the
///   first (`During a visit to the Lind Grain Centre.`), or opens with the title's first two
///   words and has four or more (`Meeting with Harbour Board members.` under `Meeting with
///   Pier Workers`).
///
/// A capitalized word after the first that ends in `-ed`, before a capitalized or small word or
/// none, is a name's (`United`), no verb.
///
/// Such captions are printed under the photos of en.kremlin.ru pages; speech has a verb.
fn lone_captions(
    text: &str,
    units: &[Unit],
    labels: &[Candidate],
    counts: &super::LineCounts<'_>,
    out: &Assembled,
    captions_elsewhere: bool,
) -> Vec<usize> {
    use crate::grammar::words::{
        honorific_words, is_role_word, lower, opens_with_greeting, sentence_word,
    };
    // (the title's words and the speakers' names are built when a paragraph asks)
    let title_words = std::cell::OnceCell::new();
    let title_words = || -> &Vec<String> {
        title_words.get_or_init(|| {
            out.title
                .as_ref()
                .map(|f| content_words(&lower(&text[f.span.0..f.span.1])))
                .unwrap_or_default()
        })
    };
    let trim =
        |w: &str| -> String { lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')) };
    // the title's words in order, small words kept (`meeting`, `with`, ...)
    let title_in_order = std::cell::OnceCell::new();
    let title_words_in_order = || -> &Vec<String> {
        title_in_order.get_or_init(|| {
            out.title
                .as_ref()
                .map(|f| {
                    text[f.span.0..f.span.1]
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .take(2)
                        .map(trim)
                        .collect()
                })
                .unwrap_or_default()
        })
    };
    // a label's name, lower-cased: the last two words before a descriptor or a note (`Ivo
    // Rask, harbour master (retranslated)`), both capitalized and neither a role word (not a
    // role-only label: `THE VICE PRESIDENT`)
    let label_key = |u: &Unit| -> Option<String> {
        let l = u
            .label_text(text, labels)?
            .split([',', '(', '['])
            .next()?
            .trim();
        let mut words = l.rsplit(' ').filter(|w| !w.is_empty());
        let (last, first) = (words.next()?, words.next()?);
        if !first.starts_with(char::is_uppercase) || !last.starts_with(char::is_uppercase) {
            return None;
        }
        let (first, last) = (trim(first), trim(last));
        (!is_role_word(&first) && !is_role_word(&last)).then(|| format!("{first} {last}"))
    };
    // the names of the page's speakers, sorted
    let names = std::cell::OnceCell::new();
    let names = || -> &Vec<String> {
        names.get_or_init(|| {
            let mut names: Vec<String> = units.iter().filter_map(label_key).collect();
            names.sort_unstable();
            names.dedup();
            names
        })
    };
    // how often the page prints a line: `counts` holds lines of up to fifteen words; longer
    // occasions (`With pupils, winners of ...`) are counted here, once, when a line asks
    let long_occasions = std::cell::OnceCell::new();
    let printings = |t: &str| -> usize {
        if word_count_capped(t, 16) <= 15 {
            return counts.get(t);
        }
        let long: &foldhash::HashMap<&str, usize> = long_occasions.get_or_init(|| {
            let mut long = foldhash::HashMap::default();
            for u in units {
                let t = u.text(text);
                let opener = t
                    .split(' ')
                    .next()
                    .is_some_and(|w| CAPTION_OPENERS.contains(&lower(w).as_str()));
                if opener && (16..=30).contains(&word_count_capped(t, 31)) {
                    *long.entry(t).or_insert(0) += 1;
                }
            }
            long
        });
        long.get(t).copied().unwrap_or(0)
    };
    // each caption found, and whether it was found by a weak sign (an occasion or the title's
    // opening words: kept only on a page with other captions)
    let found: Vec<(usize, bool)> = (1..units.len())
        .filter_map(|i| {
            let u = &units[i];
            let t = u.text(text);
            if u.accepted
                || u.stage.is_some()
                || u.chrome.is_some()
                || label_alone(text, labels, &units[i - 1])
                || u.blank_before == 0
                || units.get(i + 1).is_some_and(|n| n.blank_before == 0)
                || !t.ends_with('.')
                || t.ends_with("..")
                || !t.starts_with(char::is_uppercase)
                || word_count_capped(t, 31) > 30
                || t.contains(['?', '!', '"', '“', '”', '«', '»', ':', ';'])
                || opens_with_greeting(t)
            {
                return None;
            }
            // (`... Sergei Lind .`: the period apart)
            let printed: Vec<&str> = t
                .trim_end_matches(['.', ' '])
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect();
            let words: Vec<String> = printed.iter().map(|w| trim(w)).collect();
            let opener = CAPTION_OPENERS.contains(&words[0].as_str());
            let printed_times = if opener { printings(t) } else { 0 };
            let repeated_occasion = printed_times >= 2;
            // no verb or pronoun, no clause after a comma (`With this change, the Board
            // stands ...`; an occasion printed four times or more may hold a phrase after
            // one: `With pupils, winners of the essay contest.`, not a refrain said thrice),
            // and no honorific: a chair calling the next speaker is speech (`The Honourable
            // Member Dr Ivo Rask.`)
            // (a capitalized word after the first is a name's, whatever it ends with: `the
            // United Nations`, `Harbour Focused on the Future`)
            // (and the word after it, if any, is capitalized or a small word: `Focused on the
            // Future`, not `Patrol Rescued four fishermen`)
            let verb = |k: usize| {
                sentence_word(&words[k])
                    && !(k > 0
                        && words[k].len() >= 5
                        && words[k].ends_with("ed")
                        && printed[k].starts_with(char::is_uppercase)
                        && printed.get(k + 1).is_none_or(|w| {
                            w.starts_with(char::is_uppercase) || is_small_word(&words[k + 1])
                        }))
            };
            if (0..words.len()).any(verb)
                || matches!(
                    words[0].as_str(),
                    "and" | "but" | "so" | "now" | "then" | "or"
                )
                || printed_times < 4
                    && t.match_indices(", ")
                        .any(|(at, _)| t[at + 2..].starts_with(char::is_lowercase))
                || printed.iter().any(|w| honorific_words(&[w]) > 0)
            {
                return None;
            }
            let has_title = title_words().len() >= 3 && {
                let caption = content_words(&lower(t));
                title_words().iter().all(|w| caption.contains(w))
            };
            let names_speaker = words.len() >= 3 && {
                let key = format!("{} {}", words[words.len() - 2], words[words.len() - 1]);
                printed[printed.len() - 2..]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
                    && names().binary_search(&key).is_ok()
                    // a line printed once that hands over to the speaker it names is the
                    // host's (`A word from Ivo Rask.` / `Ivo Rask: ...`)
                    && (counts.get(t) >= 2
                        || units
                            .get(i + 1)
                            .and_then(label_key)
                            .is_none_or(|next| next != key))
            };
            // an occasion printed twice; or once, named with a proper name, five words or more
            // and no comma (`At the meeting with Harbour Board members.`; not `After many
            // years of use, Ann's thoughts began to change.`)
            let occasion = opener
                && words.len() >= 5
                && !t.contains(',')
                && printed[1..]
                    .iter()
                    .any(|w| w.starts_with(char::is_uppercase));
            // the title's opening words, then other words (`Meeting with Harbour Board
            // members.` under `Meeting with Pier Workers`)
            let title_opening = words.len() >= 4 && {
                let title = title_words_in_order();
                title.len() >= 2 && words[..2] == title[..2]
            };
            let strong = has_title || names_speaker || repeated_occasion;
            // (an English caption's signs: another script's verbs are not known)
            let weak = (occasion || title_opening)
                && !t.contains(|c: char| ('\u{400}'..='\u{4ff}').contains(&c));
            (strong || weak).then_some((i, strong))
        })
        .collect();
    let vouched = captions_elsewhere || found.iter().any(|&(_, strong)| strong);
    found
        .into_iter()
        .filter(|&(_, strong)| strong || vouched)
        .map(|(i, _)| i)
        .collect()
}

fn repeated_lines(text: &str, units: &[Unit], counts: &super::LineCounts<'_>) -> Vec<bool> {
    units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            // a line printed after a line number is a line of the record, not a running
            // header (those are printed unnumbered, between the numbered lines)
            if u.accepted || u.numbered() || u.stage.is_some() {
                return false;
            }
            let t = u.text(text);
            // the last words of a hard-wrapped sentence (`... had undergone at the` /
            // `Department of Defense.`) are speech, however often the page prints them
            // (a running header interrupts the sentence, which goes on after it: `... for a
            // decade, and` / `Official Report.` / `which this House ...`)
            if i > 0
                && u.blank_before == 0
                && !u.inline
                && ends_sentence(t)
                && crate::grammar::words::ends_mid_sentence(units[i - 1].text(text))
                && units.get(i + 1).is_none_or(|n| {
                    n.blank_before > 0 || !n.text(text).starts_with(|c: char| c.is_lowercase())
                })
            {
                return false;
            }
            // a line going on with the line above in lower case is speech, however often the
            // page prints it (`... this incursion by Ukraine is —` / `is —`): a running header
            // opens with a capital or a number
            if i > 0 && u.blank_before == 0 && !u.inline && t.starts_with(char::is_lowercase) {
                return false;
            }
            // (a line stopping mid-sentence, `... Reauthorization and`, is speech printed
            // twice, not a header)
            if counts.get(t) < 2
                || word_count_capped(t, 15) > 15
                || !t.chars().any(char::is_alphanumeric)
                || crate::grammar::words::ends_mid_sentence(t)
            {
                return false;
            }
            // repeated headings and captions are printed in title case or capitals
            // (a line that introduces what follows is speech printed again, however it is
            // cased: `The Question is:`; so is one that ends a sentence, unless it is a
            // caption of four words or more in title case set apart as its own paragraph:
            // `Yes, Ben.` is speech, `Visit to the Harbour Grain Centre.` a caption)
            if t.ends_with(':') {
                return false;
            }
            let title_case = word_count_capped(t, 2) >= 2 && title_case(t);
            let own_paragraph =
                u.blank_before > 0 && units.get(i + 1).is_none_or(|n| n.blank_before > 0);
            // (or a header that interrupts a sentence going on after it: `... for a decade,
            // and` / `Official Report.` / `which this House ...`)
            let interrupts = i > 0
                && crate::grammar::words::ends_mid_sentence(units[i - 1].text(text))
                && units
                    .get(i + 1)
                    .is_some_and(|n| n.text(text).starts_with(char::is_lowercase));
            (!ends_sentence(t)
                && (crate::grammar::words::is_all_caps(t)
                    || date::first_date(t).is_some()
                    || word_count_capped(t, 6) <= 6))
                || title_case
                    && (!ends_sentence(t)
                        || word_count_capped(t, 4) >= 4 && own_paragraph
                        || interrupts)
        })
        .collect()
}

/// Turn a building turn into its output: paragraph texts with inline stage directions taken
/// out, and inline pop-up text taken out to `chrome`.
fn finish(text: &str, b: Building, chrome: &mut Vec<OutBoiler>) -> OutTurn {
    let mut paragraphs = Vec::with_capacity(b.paragraphs.len());
    let mut stages = b.stages;
    for lines in b.paragraphs.iter() {
        let span = (lines[0].0, lines[lines.len() - 1].1);
        // the common case: one clean line without notes is its own text (what the general
        // path below gives, without building the copy)
        if let [(a, e)] = lines[..] {
            let line = &text[a..e];
            if !line.is_empty()
                && !line.starts_with(' ')
                && !line.ends_with(' ')
                && !has_double_space(line)
                && !boilerplate::may_hold_popups(line)
                && (b.label.is_some()
                    || !paragraphs.is_empty()
                    || strip_turn_marker(line).len() == line.len())
                && stage::inline_notes(line).is_empty()
            {
                paragraphs.push(OutPara::new(Txt::Span, span));
                continue;
            }
        }
        // (pop-ups taken out like notes, marked by `None` for a kind)
        let mut notes: Vec<Vec<(usize, usize, Option<StageKind>)>> = lines
            .iter()
            .map(|&(a, e)| {
                let line = &text[a..e];
                let mut found = stage::inline_notes(line);
                if boilerplate::may_hold_popups(line) {
                    let popups = boilerplate::popups(line);
                    if !popups.is_empty() {
                        found.extend(popups.into_iter().map(|(s, e)| (s, e, None)));
                        found.sort_unstable_by_key(|n| n.0);
                        // (a note inside a pop-up is the pop-up's)
                        let mut end = 0;
                        found.retain(|n| {
                            let keep = n.0 >= end;
                            if keep {
                                end = n.1;
                            }
                            keep
                        });
                    }
                }
                found
            })
            .collect();
        // a note wrapped over two lines (`... (Laughter` / `and applause.) And ...`): kept on
        // its first line, running into the next, whose text then starts after it
        // (sized only when a paragraph has one)
        let mut starts: Vec<usize> = Vec::new();
        for k in 1..lines.len() {
            if let Some((open, close, kind)) = wrapped_note(text, lines[k - 1], lines[k]) {
                let a = lines[k - 1].0;
                notes[k - 1].push((open - a, close - a, Some(kind)));
                starts.resize(lines.len(), 0);
                starts[k] = close - lines[k].0;
            }
        }
        // lines with no notes, only white space between them, and no dialogue marker to take
        // off: the text is the span's text with white space collapsed, built later
        if notes.iter().all(Vec::is_empty)
            && lines.windows(2).all(|w| {
                text[w[0].1..w[1].0]
                    .bytes()
                    .all(|b| b == b' ' || b == b'\n')
            })
            && (b.label.is_some()
                || !paragraphs.is_empty()
                || strip_turn_marker(&text[lines[0].0..lines[0].1]).len()
                    == lines[0].1 - lines[0].0)
        {
            paragraphs.push(OutPara::new(Txt::Collapsed, span));
            continue;
        }
        // (sized once: the text is at most the span's bytes)
        let mut s = String::with_capacity(span.1 - span.0);
        let mut clean = lines.len() == 1;
        // whether the last thing taken out was a pop-up
        let mut popup_before = false;
        for (k, (&(a, e), notes)) in lines.iter().zip(notes).enumerate() {
            let line = &text[a..e];
            let start = starts.get(k).copied().unwrap_or(0);
            let mut pos = start;
            for (ns, ne, kind) in notes {
                if ns < pos {
                    continue;
                }
                clean = false;
                push_after(&mut s, &line[pos..ns], popup_before);
                popup_before = kind.is_none();
                match kind {
                    Some(kind) => stages.push(OutStage::new(kind, (a + ns, a + ne))),
                    None => chrome.push(OutBoiler::new(BoilerplateKind::Popup, (a + ns, a + ne))),
                }
                pos = ne.min(line.len());
            }
            if pos < line.len() {
                if has_double_space(&line[pos..]) {
                    clean = false;
                }
                push_after(&mut s, &line[pos..], popup_before);
                popup_before = false;
            }
        }
        // a dialogue dash or caption marker opening an unlabelled turn is not speech (a
        // prefix of the text: cut from the text in place, not copied)
        let marker = if b.label.is_none() && paragraphs.is_empty() {
            s.len() - strip_turn_marker(&s).len()
        } else {
            0
        };
        if marker > 0 {
            clean = false;
            s.replace_range(..marker, "");
        }
        if s.is_empty() {
            continue;
        }
        let text_value = if clean && text[span.0..span.1] == *s {
            Txt::Span
        } else {
            s.shrink_to_fit();
            Txt::Owned(s)
        };
        paragraphs.push(OutPara::new(text_value, span));
    }
    stages.sort_by_key(|s| s.span());
    let end = b
        .end
        .max(paragraphs.last().map_or(0, |p| p.span().1))
        .max(stages.last().map_or(0, |s| s.span().1));
    OutTurn::new(b.label, (b.start, end), paragraphs, stages)
}

/// A vocabulary note opened at the end of line `first` and closed at the start of line `next`
/// (the two separated by white space only): its `(start, end, kind)`, offsets in `text`.
fn wrapped_note(
    text: &str,
    first: (usize, usize),
    next: (usize, usize),
) -> Option<(usize, usize, crate::model::StageKind)> {
    if !text[first.1..next.0]
        .bytes()
        .all(|b| b == b' ' || b == b'\n')
    {
        return None;
    }
    let line = &text[first.0..first.1];
    // the last bracket opened on the line and not closed on it, near its end
    let open = memchr::memrchr2(b'(', b'[', line.as_bytes())?;
    let (close_char, other) = if line.as_bytes()[open] == b'(' {
        (')', '(')
    } else {
        (']', '[')
    };
    let head = &line[open + 1..];
    if head.contains([')', ']']) || head.len() > 48 {
        return None;
    }
    let rest = &text[next.0..next.1];
    let close = rest.find(close_char)?;
    let tail = &rest[..close];
    if tail.contains(other) || head.len() + tail.len() > 47 {
        return None;
    }
    let inner = format!("{} {}", head.trim_end(), tail.trim_start());
    let kind = stage::vocabulary_kind(&inner)?;
    Some((first.0 + open, next.0 + close + 1, kind))
}

fn strip_turn_marker(s: &str) -> &str {
    let t = s.trim_start_matches(">>").trim_start_matches('>');
    let t = t
        .strip_prefix('–')
        .or_else(|| t.strip_prefix('—'))
        .unwrap_or(t);
    if t.len() == s.len() {
        s
    } else {
        t.trim_start()
    }
}

/// [`push_words`], except that after a pop-up taken out (`popup_before`) the punctuation that
/// opens `part` goes back to its word: `Ivan Lind     Lind Ivan , and` is `Ivan Lind, and`
/// (after a note it stays apart: `on the (inaudible) ?`).
fn push_after(s: &mut String, part: &str, popup_before: bool) {
    let p = part.trim_start_matches(' ');
    if popup_before && !s.is_empty() && p.starts_with(super::AFTER_POPUP) {
        let cut = p.find(' ').unwrap_or(p.len());
        s.push_str(&p[..cut]);
        push_words(s, &p[cut..]);
    } else {
        push_words(s, part);
    }
}

fn push_words(s: &mut String, part: &str) {
    // the common case: words already joined by single spaces
    let p = part.trim_matches(' ');
    if p.is_empty() {
        return;
    }
    if !has_double_space(p) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(p);
        return;
    }
    for w in part.split(' ').filter(|w| !w.is_empty()) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
}
