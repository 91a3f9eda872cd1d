//! Stage 3: classify. Lines become *units* (a line, or a piece of a flattened line), and each
//! unit gets its candidate kinds from the grammars, tried in this order: boilerplate wording,
//! stage direction, speaker label. Which label candidates are accepted is decided per document
//! in [`accept_labels`], from the style of all candidates together.
//!
//! Flattened pages (a whole page printed on one line, as scrapers of kremlin.ru save it) are cut
//! into units at speaker labels that follow a sentence end (`... оцениваете? С.Собянин: ...`),
//! at elisions (`<…>`), at section markers (`* * *`), at related-link widgets
//! (`Смотрите также ... 19 апреля 2025 года`) and at footer phrases (`Статус материала`); the
//! header piece before the first label is cut into breadcrumb, title, lede, date and place.
//!
//! Records converted from PDF (the Pacific Hansards) print a short exchange on one line and a
//! running header at each page break: a line of any length is cut where a Hansard dash label
//! follows a heading, a sentence end or a stage direction (`MR. SPEAKER.- Order! HON. X.- ...`),
//! and a running header's date (one that opens three lines or more) or page number glued before
//! a line's text is set apart as page furniture (`13 th Sept., 2023 wherever they ...`,
//! `1777 HON. X.- ...`). After a page break the converter marks (`Page 68`), the new page's
//! running head is read whole ([`crate::grammar::running_head`]), and so is a head printed on
//! one line anywhere; the converter's list of pages at the end of the last line (`Page: 1, 2,
//! 3`) is set apart too.

use crate::grammar::boilerplate::{self, Strength};
use crate::grammar::date;
use crate::grammar::label::{self, LabelMatch, LabelShape, Separator};
use crate::grammar::running_head;
use crate::grammar::stage;
use crate::grammar::words::{
    self, ends_sentence, lower, with_lower, word_count, word_count_capped,
};
use crate::lines::{self, Line};
use crate::model::{BoilerplateKind, StageKind};
use crate::pos;
use foldhash::{HashMap, HashMapExt};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A piece of text the later stages treat as one line.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// First byte (normalized text), content trimmed: read through [`Unit::start`] (a `u32`:
    /// `parse` refuses text of 4 GiB or more, see [`crate::MAX_INPUT_BYTES`]).
    s: u32,
    /// One past the last byte: read through [`Unit::end`].
    e: u32,
    /// Blank lines between the previous unit and this one (0 for a piece cut from a line),
    /// 255 for 255 or more (the stages only ask about none, one, or more).
    pub(crate) blank_before: u8,
    /// Cut from the middle of a line.
    pub(crate) inline: bool,
    /// Spaces before the content on its line, 255 for 255 or more (the stages ask about none,
    /// or four or more).
    pub(crate) indent: u8,
    /// The unit's speaker label candidate: an index into [`Units::labels`], [`Unit::NO_LABEL`]
    /// for none (most units have none, and a long page has hundreds of thousands of units:
    /// an index keeps a unit at 20 bytes, where a boxed candidate made it 24).
    label: u32,
    /// The candidate was accepted for this document.
    pub(crate) accepted: bool,
    /// Boilerplate by wording.
    pub(crate) chrome: Option<(BoilerplateKind, Strength)>,
    /// The unit is one bracketed stage direction.
    pub(crate) stage: Option<StageKind>,
    /// [`Unit::DASH`], [`Unit::LINE_NUMBER`], [`Unit::NUMBERED`] and [`Unit::RUNNING_DATE`],
    /// read and set through the methods of those names (rare marks in one byte keep a unit at
    /// 20 bytes).
    marks: u8,
}

/// A page's units and their speaker label candidates, which the units point into.
#[derive(Debug, Clone, Default)]
pub(crate) struct Units {
    /// The units, in page order.
    pub(crate) list: Vec<Unit>,
    /// The label candidates, read through [`Unit::candidate`].
    pub(crate) labels: Vec<Candidate>,
}

/// A speaker label candidate of a unit: the match (offsets relative to the unit's start), read
/// through `Deref`, and its shape.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) m: LabelMatch,
    pub(crate) shape: LabelShape,
}

impl std::ops::Deref for Candidate {
    type Target = LabelMatch;

    fn deref(&self) -> &LabelMatch {
        &self.m
    }
}

impl Unit {
    /// The unit opens with a dialogue dash (`– Exactly.`) or a caption marker (`>>`).
    const DASH: u8 = 1;
    /// The unit is a record's line number (court transcripts): page furniture set apart.
    const LINE_NUMBER: u8 = 2;
    /// The unit's line was printed after a line number.
    const NUMBERED: u8 = 4;
    /// The unit is a running header's date (`PageScan::header_dates`): a line before or after
    /// it is the header's heading, not a dateline's place.
    const RUNNING_DATE: u8 = 8;

    fn mark(&mut self, mark: u8, on: bool) {
        if on {
            self.marks |= mark;
        } else {
            self.marks &= !mark;
        }
    }

    /// See [`Unit::DASH`].
    pub(crate) fn dash(&self) -> bool {
        self.marks & Self::DASH != 0
    }

    /// See [`Unit::LINE_NUMBER`].
    pub(crate) fn line_number(&self) -> bool {
        self.marks & Self::LINE_NUMBER != 0
    }

    /// See [`Unit::NUMBERED`].
    pub(crate) fn numbered(&self) -> bool {
        self.marks & Self::NUMBERED != 0
    }

    /// See [`Unit::RUNNING_DATE`].
    pub(crate) fn running_date(&self) -> bool {
        self.marks & Self::RUNNING_DATE != 0
    }

    /// Set or clear [`Unit::DASH`].
    pub(crate) fn set_dash(&mut self, on: bool) {
        self.mark(Self::DASH, on);
    }

    /// Set or clear [`Unit::NUMBERED`].
    pub(crate) fn set_numbered(&mut self, on: bool) {
        self.mark(Self::NUMBERED, on);
    }

    /// [`Unit::label`] of a unit with no candidate.
    const NO_LABEL: u32 = u32::MAX;

    /// The unit's label candidate in its page's `labels` ([`Units::labels`]), if it has one.
    pub(crate) fn candidate<'c>(&self, labels: &'c [Candidate]) -> Option<&'c Candidate> {
        (self.label != Self::NO_LABEL).then(|| &labels[self.label as usize])
    }

    /// Whether the unit has a label candidate.
    pub(crate) fn has_label(&self) -> bool {
        self.label != Self::NO_LABEL
    }

    /// Give the unit the candidate `c`, added to its page's `labels`.
    fn set_label(&mut self, labels: &mut Vec<Candidate>, c: Candidate) {
        self.label = pos(labels.len());
        labels.push(c);
    }

    /// Take the unit's candidate away (it stays in the table, unread).
    fn clear_label(&mut self) {
        self.label = Self::NO_LABEL;
    }

    /// The shape of the unit's label candidate, if it has one.
    pub(crate) fn shape<'c>(&self, labels: &'c [Candidate]) -> Option<&'c LabelShape> {
        self.candidate(labels).map(|c| &c.shape)
    }

    /// First byte (normalized text), content trimmed.
    pub(crate) fn start(&self) -> usize {
        self.s as usize
    }

    /// One past the last byte.
    pub(crate) fn end(&self) -> usize {
        self.e as usize
    }

    fn new(start: usize, end: usize, blank_before: usize, inline: bool, indent: usize) -> Self {
        Unit {
            s: pos(start),
            e: pos(end),
            // counts past 255 say no more than 255 does
            blank_before: u8::try_from(blank_before).unwrap_or(u8::MAX),
            inline,
            indent: u8::try_from(indent).unwrap_or(u8::MAX),
            label: Self::NO_LABEL,
            accepted: false,
            chrome: None,
            stage: None,
            marks: 0,
        }
    }

    /// The unit's text in `text`.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }

    /// The accepted label's text.
    pub(crate) fn label_text<'t>(&self, text: &'t str, labels: &[Candidate]) -> Option<&'t str> {
        let m = self.candidate(labels).filter(|_| self.accepted)?;
        Some(&text[self.start() + m.start()..self.start() + m.end()])
    }
}

/// The units of a page, with their candidate kinds.
pub(crate) fn units(text: &str, user_phrases: &[String]) -> Units {
    // the lines are walked twice rather than held in a table (a memchr pass each)
    let PageScan {
        non_blank,
        numbered,
        header_dates,
        running_titles,
        heads,
    } = PageScan::of(text);
    // (the running heads' pieces, in page order; a date alone on its line is left to the
    // date rules: it may be the record's date)
    let mut heads = heads.iter().filter(|&&(s, e)| {
        let rest = &text.as_bytes()[e..];
        let line_end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        rest[..line_end].iter().any(|&b| b != b' ')
            || date::date(&text[s..e]).is_none_or(|m| m.len != e - s)
    });
    let mut next_head = heads.next();
    let mut units = Vec::with_capacity(non_blank);
    let mut blank = 0;
    // the last two lines read, as printed (for a page number glued after a running header's
    // date and title lines)
    let mut recent: [&str; 2] = ["", ""];
    for mut line in lines::iter(text) {
        if line.is_blank() {
            blank += 1;
            continue;
        }
        let printed = &text[line.content_start..line.content_end];
        let after_header = !header_dates.is_empty()
            && (header_dates.contains(&recent[1])
                || header_dates.contains(&recent[0]) && running_title_line(recent[1]));
        recent = [recent[1], printed];
        let mut numbered_line = false;
        if numbered && let Some(len) = line_number(&text[line.content_start..line.content_end]) {
            // a court or parliament record's line number: page furniture of its own
            let mut number = Unit::new(
                line.content_start,
                line.content_start + len,
                blank,
                false,
                line.indent(),
            );
            number.chrome = Some((BoilerplateKind::PageFurniture, Strength::Strong));
            number.mark(Unit::LINE_NUMBER, true);
            units.push(number);
            let rest = &text[line.content_start + len..line.content_end];
            let lead = rest.len() - rest.trim_start().len();
            if lead == rest.len() {
                blank += 1; // a numbered empty line counts as blank
                continue;
            }
            line.content_start += len + lead;
            line.start = line.content_start - lead.min(line.content_start);
            numbered_line = true;
        }
        // a running header's page number or date printed on the line it interrupts (records
        // converted from PDF): `1777 HON. N. TUINA.- Mr. Speaker, ...`, `13 th Sept., 2023
        // wherever they want ...`; or a piece of one, or a whole one, on its own line
        while next_head.is_some_and(|&(s, _)| s < line.content_start) {
            next_head = heads.next();
        }
        let after_break = next_head
            .filter(|&&(s, _)| s == line.content_start)
            .map(|&(s, e)| e - s);
        if let Some(len) = after_break
            .or_else(|| {
                glued_header(
                    &text[line.content_start..line.content_end],
                    &header_dates,
                    &running_titles,
                )
            })
            .or_else(|| {
                after_header
                    .then(|| number_before_words(&text[line.content_start..line.content_end]))
                    .flatten()
            })
        {
            let mut head = Unit::new(
                line.content_start,
                line.content_start + len,
                blank,
                false,
                line.indent(),
            );
            head.chrome = Some((BoilerplateKind::PageFurniture, Strength::Strong));
            units.push(head);
            let rest = &text[line.content_start + len..line.content_end];
            line.content_start += len + (rest.len() - rest.trim_start().len());
            line.start = line.content_start;
            blank = 0;
            if line.content_start >= line.content_end {
                // the header was the whole line: nothing is left to be a unit (an empty unit
                // became an empty paragraph)
                continue;
            }
        }
        // a PDF converter's list of the record's pages at the end of its last line (`... at
        // 4.34 p.m. Page: 1, 2, 3, ..., 76`): page furniture of its own
        let pager = (text.as_bytes()[line.content_end - 1].is_ascii_digit())
            .then(|| running_head::pager(&text[line.content_start..line.content_end]))
            .flatten()
            .map(|at| (line.content_start + at, line.content_end));
        if let Some((at, _)) = pager {
            line.content_end = line.content_start + text[line.content_start..at].trim_end().len();
        }
        let content = &text[line.content_start..line.content_end];
        let flattened = content.len() > 600 || non_blank <= 2;
        if content.is_empty() {
            // (the pager is the whole line)
        } else if flattened {
            split_flat(text, &line, blank, non_blank <= 2, &mut units);
        } else if let Some(cuts) = dash_label_cuts(content) {
            // Hansard labels printed on one line with what comes before them
            let mut from = 0;
            for (k, &cut) in cuts.iter().chain([&content.len()]).enumerate() {
                let piece = content[from..cut].trim_end();
                if !piece.is_empty() {
                    let first = k == 0;
                    let mut unit = Unit::new(
                        line.content_start + from,
                        line.content_start + from + piece.len(),
                        if first { blank } else { 0 },
                        !first,
                        if first { line.indent() } else { 0 },
                    );
                    unit.set_numbered(first && numbered_line);
                    units.push(unit);
                }
                from = cut;
            }
        } else {
            let mut unit = Unit::new(
                line.content_start,
                line.content_end,
                blank,
                false,
                line.indent(),
            );
            unit.set_numbered(numbered_line);
            // a running header's date on its own line: the record's date, but no dateline
            unit.mark(Unit::RUNNING_DATE, header_dates.contains(&content));
            units.push(unit);
        }
        if let Some((at, end)) = pager {
            let first = line.content_start == line.content_end;
            let mut unit = Unit::new(
                at,
                end,
                if first { blank } else { 0 },
                !first,
                if first { line.indent() } else { 0 },
            );
            unit.chrome = Some((BoilerplateKind::PageFurniture, Strength::Strong));
            units.push(unit);
        }
        blank = 0;
    }
    let phrases: Vec<String> = user_phrases.iter().map(|p| words::key(p)).collect();
    // label shapes by label text: a page repeats its few labels many times
    let mut shapes: HashMap<&str, LabelShape> = HashMap::new();
    let mut labels = Vec::new();
    for unit in &mut units {
        if unit.chrome.is_none() {
            describe(text, unit, &phrases, &mut shapes, &mut labels);
        }
    }
    // a label alone on its line with no separator, right over a bar of links (`Mrs Whitmore` /
    // `- Record - -`): the bar marks it as a speaker's heading
    for i in 1..units.len() {
        if !units[i].inline
            && units[i].blank_before == 0
            && units[i].chrome == Some((BoilerplateKind::Navigation, Strength::Strong))
            && boilerplate::link_bar(units[i].text(text))
        {
            let u = &units[i - 1];
            if u.has_label() || u.chrome.is_some() || u.stage.is_some() || u.inline {
                continue;
            }
            let t = u.text(text);
            if let Some(start) = label::bare_label_start(t) {
                let shape = LabelShape::of(&t[start..]);
                let m = LabelMatch::new(start, t.len(), t.len(), Separator::Line);
                units[i - 1].set_label(&mut labels, Candidate { m, shape });
            }
        }
    }
    // a label alone on its line with no separator, right under a line of page chrome (`Share
    // this contribution` / `Copy link` / `Mr Pembry`, a short line under the chrome line
    // taken with it) and right over a line of speech: the chrome marks the contribution's
    // start as a bar of links marks its label
    for i in 1..units.len().saturating_sub(1) {
        let (above, u, below) = (&units[i - 1], &units[i], &units[i + 1]);
        let under_chrome = above.chrome.is_some()
            || (i >= 2
                && units[i - 2].chrome.is_some()
                && above.blank_before == 0
                && !above.has_label()
                && word_count_capped(above.text(text), 3) <= 2);
        if !under_chrome
            || above.inline
            || u.blank_before > 0
            || u.has_label()
            || u.chrome.is_some()
            || u.stage.is_some()
            || u.inline
            || below.blank_before > 0
            || below.inline
            || below.chrome.is_some()
            || below.stage.is_some()
            || below.shape(&labels).is_some_and(LabelShape::name_like)
        {
            continue;
        }
        let t = u.text(text);
        // (the speech under it: a sentence, not a heading's next line)
        let speech = below.text(text);
        if !(words::ends_sentence(speech) || word_count_capped(speech, 8) >= 8) {
            continue;
        }
        // (a name's or role's shape: not the chrome's second line, `Copy link`)
        if let Some(start) = label::bare_label_start(t)
            && let shape = LabelShape::of(&t[start..])
            && shape.name_like()
        {
            let m = LabelMatch::new(start, t.len(), t.len(), Separator::Line);
            units[i].set_label(&mut labels, Candidate { m, shape });
        }
    }
    // earnings-call transcripts: a name, a double dash and the speaker's office or firm alone
    // on a line right over the speech (`Lena Marsh -- Vice President, Investor Relations` /
    // `Thank you, operator. ...`), two such labels at least; then a role word alone on its line
    // over the speech (`Operator`) is one too. The list of participants at the end, each
    // line over another, holds none.
    let over_speech = |units: &[Unit], i: usize| {
        units.get(i + 1).is_some_and(|n| {
            let t = n.text(text);
            n.blank_before == 0
                && !n.inline
                && n.chrome.is_none()
                && name_dash_role(t).is_none()
                && (words::ends_sentence(t) || word_count_capped(t, 8) >= 8)
        })
    };
    let free = |u: &Unit| !u.inline && !u.has_label() && u.chrome.is_none() && u.stage.is_none();
    let dashed: Vec<usize> = (0..units.len())
        .filter(|&i| {
            free(&units[i])
                && name_dash_role(units[i].text(text)).is_some()
                && over_speech(&units, i)
        })
        .collect();
    if dashed.len() >= 2 {
        // (once the page's style is plain, a label over a short line of speech is one too:
        // `Mara Veldt -- Chief Executive Officer` / `Fuel was flat. To sum up:`)
        let over_line = |units: &[Unit], i: usize| {
            units.get(i + 1).is_some_and(|n| {
                n.blank_before == 0
                    && !n.inline
                    && n.chrome.is_none()
                    && name_dash_role(n.text(text)).is_none()
            })
        };
        for i in 0..units.len() {
            let t = units[i].text(text);
            let role_alone = !t.contains(' ') && words::with_lower(t, words::is_role_label);
            let dashed_here = dashed.binary_search(&i).is_ok()
                || name_dash_role(t).is_some() && over_line(&units, i);
            if free(&units[i]) && (dashed_here || role_alone && over_speech(&units, i)) {
                let shape = LabelShape::of(t);
                let m = LabelMatch::new(0, t.len(), t.len(), Separator::Line);
                units[i].set_label(&mut labels, Candidate { m, shape });
            }
        }
        // the list of participants, a name and office per line with no speech under them
        // (`Call participants:` / `Lena Marsh -- Vice President, ...` / ...), and the
        // call's section headings over a label or the list (`Questions & Answers:`), are
        // page furniture, not the speech of the turn before them
        let listed = |units: &[Unit], i: usize| {
            free(&units[i]) && name_dash_role(units[i].text(text)).is_some()
        };
        for i in 0..units.len() {
            if listed(&units, i)
                && (i > 0 && listed(&units, i - 1) || i + 1 < units.len() && listed(&units, i + 1))
            {
                units[i].chrome = Some((BoilerplateKind::Footer, Strength::Strong));
            }
        }
        for i in 0..units.len().saturating_sub(1) {
            let t = units[i].text(text);
            let next = &units[i + 1];
            if !units[i].inline
                && units[i].chrome.is_none()
                && t.ends_with(':')
                && t.starts_with(char::is_uppercase)
                && word_count_capped(t, 4) <= 3
                && !t[..t.len() - 1].contains([',', '.', ';', ':'])
                && (next.has_label()
                    || next.chrome == Some((BoilerplateKind::Footer, Strength::Strong))
                        && name_dash_role(next.text(text)).is_some())
            {
                // (a label's shape ending its line: no label, with no speech after it)
                units[i].clear_label();
                units[i].chrome = Some((BoilerplateKind::Other, Strength::Strong));
            }
        }
    }
    // speech-to-text exports (Otter, podcast tools): a name and the time into the recording,
    // alone on a line right over the speech (`Dana Whitcombe  00:04` / `Okay, let's start.`),
    // or over the next such line (a speaker cut off); two such lines at least over a sentence,
    // and a name printed twice (a conversation, not a list of chapters or results, each
    // named once). The times run forward: a line whose time goes back (a schedule after the
    // recording) is no label. The time is the turn's timestamp.
    let timed: Vec<(usize, usize, u32)> = (0..units.len())
        .filter(|&i| free(&units[i]))
        .filter_map(|i| timed_label(units[i].text(text)).map(|(end, at)| (i, end, at)))
        .filter(|&(i, _, _)| {
            units.get(i + 1).is_some_and(|n| {
                let nt = n.text(text);
                n.blank_before == 0
                    && !n.inline
                    && n.chrome.is_none()
                    && (timed_label(nt).is_some()
                        || date::first_date(nt).is_none_or(|(at, _)| at > 0))
            })
        })
        .collect();
    let named_twice = || {
        let mut names: Vec<&str> = timed
            .iter()
            .map(|&(i, end, _)| &units[i].text(text)[..end])
            .collect();
        names.sort_unstable();
        names.windows(2).any(|w| w[0] == w[1])
    };
    if timed
        .iter()
        .filter(|&&(i, _, _)| over_speech(&units, i))
        .count()
        >= 2
        && named_twice()
    {
        let mut latest = 0;
        for (i, end, at) in timed {
            if at < latest {
                continue;
            }
            latest = at;
            let t = units[i].text(text);
            let shape = LabelShape::of(&t[..end]);
            let m = LabelMatch::new(0, end, t.len(), Separator::Line);
            units[i].set_label(&mut labels, Candidate { m, shape });
        }
    }
    // a Hansard label whose note a PDF converter wrapped onto the next line, across a blank
    // line or not (`HON. R. VUNISEA (Minister for Ports, Coastal Works and` / `Marine
    // Transport).- Mr. Speaker, ...`): the two lines become one unit, which opens the turn
    let mut joined_away = Vec::new();
    for i in 1..units.len() {
        let (u, n) = (&units[i - 1], &units[i]);
        // (a candidate the head line has, `HON. R. VUNISEA` before its note, gives way)
        if u.inline
            || n.inline
            || u.chrome.is_some()
            || u.stage.is_some()
            || n.blank_before > 1
            || joined_away.last() == Some(&(i - 1))
        {
            continue;
        }
        let (head, next) = (u.text(text), n.text(text));
        // (cheap tests first, on a few bytes: the next line closes a note early, and this line
        // opened one)
        let early = &next.as_bytes()[..next.len().min(161)];
        if memchr::memchr(b')', early).is_none() || memchr::memrchr(b'(', head.as_bytes()).is_none()
        {
            continue;
        }
        if let Some((m, shape)) = label::wrapped_dash_label(head, n.start() - u.end(), next) {
            units[i - 1].e = units[i].e;
            units[i - 1].set_label(&mut labels, Candidate { m, shape });
            joined_away.push(i);
        }
    }
    if !joined_away.is_empty() {
        let mut k = 0;
        let mut at = 0;
        units.retain(|_| {
            let keep = joined_away.get(k) != Some(&at);
            k += usize::from(!keep);
            at += 1;
            keep
        });
    }
    // a line going on with a hard-wrapped sentence is the sentence's, not chrome by its
    // wording: a menu word (`That's what I think it's` / `about.`), an ad's opening word
    // (`... who` / `sponsored legislation creating ...`)
    for i in 1..units.len() {
        let u = &units[i];
        if u.chrome.is_some_and(|(kind, _)| {
            !matches!(
                kind,
                BoilerplateKind::PageFurniture | BoilerplateKind::TranscriptMarker
            )
        }) && u.blank_before == 0
            && !u.inline
            && units[i - 1].chrome.is_none()
            && units[i - 1].stage.is_none()
            && u.text(text).starts_with(|c: char| c.is_lowercase())
            && !ends_sentence(units[i - 1].text(text))
        {
            units[i].chrome = None;
        }
    }
    // a dash opens a turn only at a paragraph start, not on a hard-wrapped line (`— $370 ...`);
    // a caption marker `>>` always does
    for i in 1..units.len() {
        if units[i].dash()
            && units[i].blank_before == 0
            && !units[i].inline
            && !units[i].text(text).starts_with(">>")
            && units[i - 1].stage.is_none()
        {
            let prev = units[i - 1].text(text);
            if !ends_sentence(prev) {
                units[i].set_dash(false);
            }
        }
    }
    labels.shrink_to_fit();
    Units {
        list: units,
        labels,
    }
}

/// What the unit loop needs to know of the whole page before it starts, from one walk of its
/// lines.
struct PageScan<'t> {
    non_blank: usize,
    /// The page prints a line number before its lines (court transcripts, parliamentary
    /// records): at least twenty lines and a third of them numbered.
    numbered: bool,
    /// The dates that open three lines of the page or more, as printed (`13 th Sept., 2023`): a
    /// running header's date, which a record converted from PDF prints at each page break,
    /// alone or glued to the line the break falls in.
    header_dates: Vec<&'t str>,
    /// The running titles printed between a page number and a running date at a line's start
    /// (`1976 Review Report-Trust Board 2020 Annual Report 20 th Nov., 2023 the case ...`): a
    /// record converted from PDF prints `<page> <title> <date>` and `<date> <title> <page>` on
    /// alternate pages, glued to the text the break falls in.
    running_titles: foldhash::HashSet<&'t str>,
    /// The pieces of the running heads printed after the page breaks a converter marks
    /// (`Page 68`), `(start, end)` in page order: see [`running_head`].
    heads: Vec<(usize, usize)>,
}

/// The most running dates [`PageScan`] keeps: a record converted from PDF prints its sitting's
/// date in every running head, and a head of two sittings two dates.
const MAX_RUNNING_DATES: usize = 8;

/// The length of a page number opening `s` (one to four digits, then a space or the end).
fn page_number(s: &str) -> Option<usize> {
    running_head::page_number(s).map(|(len, _)| len)
}

/// The running title of `<page> <title> <date>` opening `content`, for a date of
/// `header_dates`: at most 200 bytes with no sentence end inside.
fn number_title_date<'c>(content: &'c str, header_dates: &[&str]) -> Option<(&'c str, usize)> {
    let digits = page_number(content)?;
    let rest = content[digits..].trim_start_matches(' ');
    let from = content.len() - rest.len();
    let window = &rest[..floor_char(rest, rest.len().min(240))];
    header_dates.iter().find_map(|d| {
        let at = window.find(&format!(" {d}"))?;
        let title = &rest[..at];
        let end = from + at + 1 + d.len();
        // (a running title is a heading: at most one word in lower case besides small
        // words; `growers came in before the Committee on` is speech)
        let ok = running_head::heading_lower_words(title).is_some_and(|n| n <= 1)
            && (end == content.len() || content[end..].starts_with(' '));
        ok.then_some((title, end))
    })
}

impl<'t> PageScan<'t> {
    fn of(text: &'t str) -> Self {
        let mut non_blank = 0;
        let mut numbered = 0;
        // (each date printed opening a line: how often, and where first)
        let mut dates: HashMap<&str, (usize, usize)> = HashMap::new();
        // (where each `Page N` line ends, and its N)
        let mut breaks: Vec<(usize, u32)> = Vec::new();
        // (whole heads on one line, wherever they are)
        let mut lone_heads: Vec<(usize, usize, chrono::NaiveDate)> = Vec::new();
        for l in lines::iter(text) {
            if l.is_blank() {
                continue;
            }
            non_blank += 1;
            // (a line number and a date both open with a digit)
            let content = &text[l.content_start..l.content_end];
            if !content.starts_with(|c: char| c.is_ascii_digit()) {
                if let Some(n) = page_break(content) {
                    breaks.push((l.content_end, n));
                }
                continue;
            }
            if line_number(content).is_some() {
                numbered += 1;
            }
            if let Some((len, date)) = running_head::one_line(content) {
                lone_heads.push((l.content_start, l.content_start + len, date));
            }
            if let Some(m) = date::date(content) {
                let first = dates.len();
                dates.entry(&content[..m.len]).or_insert((0, first)).0 += 1;
            }
        }
        // the dates opening three lines or more; a record prints one or two running dates, so
        // no more than the MAX_RUNNING_DATES most printed are kept (a page of thousands of
        // dates each printed thrice is not read thousands of times a line), in page order
        let mut header_dates: Vec<(&str, (usize, usize))> =
            dates.into_iter().filter(|&(_, (n, _))| n >= 3).collect();
        header_dates.sort_unstable_by_key(|&(_, (n, first))| (std::cmp::Reverse(n), first));
        header_dates.truncate(MAX_RUNNING_DATES);
        header_dates.sort_unstable_by_key(|&(_, (_, first))| first);
        let header_dates: Vec<&str> = header_dates.into_iter().map(|(d, _)| d).collect();
        // (a second walk only on pages with running dates)
        // (each title printed twice at least: one line of speech opening with a number and
        // holding the date is no running header)
        let mut titles: HashMap<&str, usize> = HashMap::new();
        if !header_dates.is_empty() {
            for l in lines::iter(text) {
                let content = &text[l.content_start..l.content_end];
                if let Some((title, _)) = number_title_date(content, &header_dates) {
                    *titles.entry(title).or_insert(0) += 1;
                }
            }
        }
        let running_titles = titles
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .map(|(t, _)| t)
            .collect();
        let (mut heads, mut read) = page_heads(text, &breaks);
        // (looked up once per head on one line: sorted)
        read.sort_unstable();
        // a whole head on one line counts where the page shows it is a record converted from
        // PDF: it marks its page breaks, prints a running date or two such heads, or its
        // browser title is dated the head's date (`... - Island Hansard 2024-11-12`); and not
        // on the lines after a break, whose reading is the break's (`... Bill 2024 1815 ...`
        // where the page's heads predict 1813)
        let record = !breaks.is_empty() || !header_dates.is_empty() || lone_heads.len() >= 2;
        let title_date = || {
            let first = lines::iter(text).find(|l| !l.is_blank())?;
            let first = &text[first.content_start..first.content_end];
            let at = boilerplate::browser_title_date(first)?;
            date::date(&first[at..]).map(|m| m.date)
        };
        let title_date = if record || lone_heads.is_empty() {
            None
        } else {
            title_date()
        };
        let before = heads.len();
        heads.extend(
            lone_heads
                .into_iter()
                .filter(|&(at, _, date)| {
                    (record || title_date == Some(date)) && read.binary_search(&at).is_err()
                })
                .map(|(s, e, _)| (s, e)),
        );
        if heads.len() > before {
            heads.sort_unstable();
        }
        PageScan {
            non_blank,
            numbered: numbered >= 20 && numbered * 3 >= non_blank,
            header_dates,
            running_titles,
            heads,
        }
    }
}

/// The number of a page break a converter marks on a line of its own: `Page 68`.
fn page_break(content: &str) -> Option<u32> {
    let n = content
        .strip_prefix("Page ")
        .or_else(|| content.strip_prefix("PAGE "))?;
    (n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
}

/// The pieces of the running heads after the page `breaks` (where each `Page N` line ends,
/// and N), in page order ([`running_head::head`] over the next four non-blank lines), and
/// where those lines start.
///
/// A head that prints its page number first tells how the printed numbers run against the
/// converter's (`Page 68` over `2002 ...`); a head that prints it last, after a heading that
/// may end in a number of its own (`... Bill 2024 2579 So, ...`), is read again expecting the
/// number that offset gives, the one most heads agree on.
fn page_heads(text: &str, breaks: &[(usize, u32)]) -> (Vec<(usize, usize)>, Vec<usize>) {
    if breaks.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let after = |at: usize| -> Vec<(usize, &str)> {
        lines::iter(&text[at..])
            .filter(|l| !l.is_blank())
            .take(4)
            .map(|l| {
                (
                    at + l.content_start,
                    &text[at + l.content_start..at + l.content_end],
                )
            })
            .collect()
    };
    let mut read: Vec<_> = breaks
        .iter()
        .map(|&(at, n)| (after(at), n, running_head::head(&after(at), None)))
        .collect();
    let mut offsets: Vec<(i64, usize)> = Vec::new();
    for (_, n, head) in &read {
        if let Some((_, Some(printed))) = head {
            let o = i64::from(*printed) - i64::from(*n);
            match offsets.iter_mut().find(|(x, _)| *x == o) {
                Some((_, c)) => *c += 1,
                None => offsets.push((o, 1)),
            }
        }
    }
    offsets.sort_by_key(|&(_, c)| std::cmp::Reverse(c));
    let offset = match offsets.as_slice() {
        [(o, _)] => Some(*o),
        [(o, a), (_, b), ..] if a > b => Some(*o),
        _ => None,
    };
    let mut heads = Vec::new();
    let mut examined = Vec::new();
    for (lines, n, head) in &mut read {
        if let Some(o) = offset
            && head.as_ref().is_none_or(|(_, printed)| printed.is_none())
        {
            let expect = u32::try_from(i64::from(*n) + o).ok();
            *head = running_head::head(lines, expect);
        }
        if let Some((pieces, _)) = head.take() {
            heads.extend(pieces);
        }
        examined.extend(lines.iter().map(|&(at, _)| at));
    }
    (heads, examined)
}

/// The length of a running header glued before the text of `content`: `<page> <title>
/// <date>` or `<date> <title> <page>` with one of `running_titles` and a date of
/// `header_dates`; else a date of `header_dates` followed by more text, or a page number (up to
/// four digits) followed by a Hansard dash label in capitals.
fn glued_header(
    content: &str,
    header_dates: &[&str],
    running_titles: &foldhash::HashSet<&str>,
) -> Option<usize> {
    if !content.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `<page> <title> <date>`
    if let Some((title, end)) = number_title_date(content, header_dates)
        && running_titles.contains(&title)
    {
        return Some(end);
    }
    if let Some(d) = header_dates
        .iter()
        .find(|d| content.len() > d.len() && content.starts_with(**d))
        && content[d.len()..].starts_with(' ')
    {
        // `<date> <title> <page>`, with a title the page prints in the other order too
        let rest = &content[d.len() + 1..];
        let with_title = running_titles.iter().find_map(|t| {
            let after = rest.strip_prefix(t)?.strip_prefix(' ')?;
            let digits = page_number(after)?;
            Some(content.len() - after.len() + digits)
        });
        return Some(with_title.unwrap_or(d.len()));
    }
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    let rest = content[digits..].strip_prefix(' ')?.trim_start();
    let m = label::dash_label(rest)?;
    (digits <= 4 && caps_after_honorific(&rest[m.start()..m.end()])).then_some(digits)
}

/// The length of a page number (three or four digits) opening `content` before a word or a
/// list item's number (`1797 particularly our youth.`, `1799 At this juncture ...`, `1807 (2)
/// University of ...`): what a record converted from
/// PDF prints after a running header's date and title lines, glued to the text the page break
/// fell in. A line opening with a date is not one.
fn number_before_words(content: &str) -> Option<usize> {
    let digits = page_number(content)?;
    let rest = content[digits..].strip_prefix(' ')?;
    // (three digits or more, as a record's pages run; not a date's day, `15 May 2024 ...`,
    // `5 th March`, nor a count, `10 Downing Street`, `3 key points`)
    let opens_date = date::date(content).is_some()
        || rest
            .split(' ')
            .next()
            .is_some_and(|w| date::month_number(w.trim_end_matches(['.', ','])).is_some());
    // (a word, or a list item's number: `1807 (2) University of ...`)
    let word = rest.starts_with(char::is_alphabetic)
        || rest
            .strip_prefix('(')
            .and_then(|r| r.split_once(") "))
            .is_some_and(|(n, _)| {
                (1..=4).contains(&n.len()) && n.chars().all(char::is_alphanumeric)
            });
    (digits >= 3 && !opens_date && word).then_some(digits)
}

/// Whether `t` reads as a running header's title line: two to ten words, no sentence end,
/// every word but small ones capitalized or a number (`Ministerial Statements`, `2024-2025
/// Budget Consequential Bills 2024`).
fn running_title_line(t: &str) -> bool {
    let words = t.split(' ').filter(|w| !w.is_empty()).count();
    // (a title may open with a number, which `heading_lower_words` does not take)
    let from_word = t
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-')
        .trim_start();
    (2..=10).contains(&words) && !ends_sentence(t) && running_head::heading_like(from_word)
}

/// The length of a line number opening `content` (`13   argument before...`, `11`): one or two
/// digits followed by two spaces or the line end.
fn line_number(content: &str) -> Option<usize> {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &content[digits..];
    (rest.is_empty() || rest.starts_with("  ")).then_some(digits)
}

/// Fill a unit's candidate kinds from the grammars.
fn describe<'t>(
    text: &'t str,
    unit: &mut Unit,
    user_phrases: &[String],
    shapes: &mut HashMap<&'t str, LabelShape>,
    labels: &mut Vec<Candidate>,
) {
    let t = unit.text(text);
    if !user_phrases.is_empty() {
        let k = words::key(t);
        if user_phrases
            .iter()
            .any(|p| !p.is_empty() && k.starts_with(p.as_str()))
        {
            unit.chrome = Some((BoilerplateKind::Other, Strength::Strong));
            return;
        }
    }
    unit.chrome = boilerplate::line_kind(t);
    if boilerplate::breadcrumb(t)
        && matches!(
            unit.chrome,
            None | Some((BoilerplateKind::Navigation, Strength::Weak))
        )
    {
        unit.chrome = Some((BoilerplateKind::Breadcrumb, Strength::Weak));
    }
    if t.starts_with(['(', '[', '<', '\\', '‹']) {
        unit.stage = stage::stage_line(t);
    }
    if t.starts_with(">>") || t.starts_with(['–', '—']) && t[3..].starts_with(' ') {
        unit.set_dash(true);
        return;
    }
    if matches!(unit.chrome, Some((_, Strength::Strong))) || unit.stage.is_some() {
        return;
    }
    if let Some(m) = label::line_label(t) {
        let label = &t[m.start()..m.end()];
        let shape = shapes
            .entry(label)
            .or_insert_with(|| LabelShape::of(label))
            .clone();
        unit.set_label(labels, Candidate { m, shape });
    }
}

/// The two or three capitalized words before `colon` in `content` that open a sentence (after
/// `.`, `!`, `?`, `…`, `»`, a closing quote, or the text's start), when a capital or a quotation
/// follows the colon: a name printed as a label (`... близких. Берл Лазар: Я ...`), a delivery
/// note between it and the colon left out (`Мин Аун Хлайн (как переведено) :`). Each word is
/// looked for within 40 bytes, so that a page of colons costs a pass. A delivery note after
/// the colon (`(Говорит по-русски.)`) may come before the speech.
fn flat_name_before(content: &str, colon: usize) -> Option<&str> {
    let mut head = content[..colon].trim_end_matches(' ');
    // (a delivery note between the name and its colon, `Мин Аун Хлайн (как переведено) :`,
    // is no part of the name)
    let from = floor_char(head, head.len().saturating_sub(100));
    if head.ends_with(')')
        && let Some(open) = head[from..].rfind('(')
    {
        head = head[..from + open].trim_end_matches(' ');
    }
    let mut after = content[colon + 1..].trim_start_matches(' ');
    // (a delivery note after the colon, `Умару Эмбало: (Говорит по-русски.) Спасибо`, before
    // the speech)
    if after.starts_with('(')
        && let Some(close) = memchr::memchr(b')', &after.as_bytes()[..after.len().min(100)])
    {
        after = after[close + 1..].trim_start_matches(' ');
    }
    if !after.starts_with(|c: char| c.is_uppercase() || QUOTES.contains(&c)) {
        return None;
    }
    // the words before the colon, the last first, back to the sentence's start
    let (mut start, mut count) = (head.len(), 0);
    loop {
        let before = head[..start].trim_end_matches(' ');
        if before.is_empty()
            || before.ends_with(['.', '!', '?', '…', '»', '"', '”']) && !before.ends_with("..")
        {
            return (2..=3).contains(&count).then(|| &head[start..]);
        }
        // (a word is looked for in the last 40 bytes only: a run with no space, `Ab:Ab:...`,
        // is no name, and scanning it back for each colon would cost its square)
        let reach = floor_char(before, before.len().saturating_sub(40));
        let word_start = before[reach..]
            .rfind(' ')
            .map(|at| reach + at + 1)
            .or_else(|| (reach == 0).then_some(0))?;
        let word = &before[word_start..];
        if count == 3
            || !word.starts_with(char::is_uppercase)
            || word.chars().count() < 2
            || !word.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            return None;
        }
        (start, count) = (word_start, count + 1);
    }
}

/// Whether every word of `name` opens a word of `title` that goes on by at most three letters,
/// its last vowel or soft sign left out (a case ending: `Берл Лазар` in `... с раввином
/// Берлом Лазаром`, `Анна` in `с Анной`).
fn named_in_title(name: &str, title: &str) -> bool {
    name.split(' ').all(|w| {
        let stem = w.strip_suffix(['а', 'я', 'й', 'ь']).unwrap_or(w);
        stem.chars().count() >= 3
            && title.split(' ').any(|t| {
                let t = t.trim_matches(|c: char| !c.is_alphabetic());
                t.strip_prefix(stem)
                    .is_some_and(|rest| rest.chars().count() <= 3)
            })
    })
}

/// Cut a long or lone line into units (see the module docs).
fn split_flat(text: &str, line: &Line, blank: usize, lone: bool, units: &mut Vec<Unit>) {
    let start = line.content_start;
    let content = &text[start..line.content_end];
    let mut cuts: Vec<usize> = Vec::new(); // offsets in `content` where a new unit starts
    let mut ranges: Vec<(usize, usize)> = Vec::new(); // explicit whole-unit ranges (related widgets)
    // speaker labels after a sentence end
    let mut first_label: Option<usize> = None;
    // mixed-case labels with a role word (`Energy Minister Oskar Lindahl:`) found on a lone
    // line; their name tails (`Oskar Lindahl:`) are labels too on the second pass
    // (kept as their word tails, `Oskar Lindahl` and `Lindahl`, each once: a page of
    // thousands of such labels asks the set, not each label)
    let mut known: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut missed: Vec<usize> = Vec::new();
    let none = foldhash::HashSet::default();
    for colon in memchr::memchr_iter(b':', content.as_bytes()) {
        match inline_label_start(content, colon, lone, &none) {
            Some(p) => {
                if lone
                    && !content[p..colon].contains('.')
                    && !words::is_all_caps(&content[p..colon])
                {
                    let label = content[p..colon].trim();
                    known.extend(label.match_indices(' ').map(|(at, _)| &label[at + 1..]));
                }
                if p > 0 {
                    cuts.push(p);
                    first_label = Some(first_label.map_or(p, |f| f.min(p)));
                }
            }
            None => missed.push(colon),
        }
    }
    // on a one-line page, a name of two or three capitalized words opening a sentence before
    // a colon (`... близких. Берл Лазар: Я как раз ...`) is a label when the page prints it so
    // three times or more (not twice: `Open Forum:` heads two sections of minutes), or when
    // the page's first 600 bytes before it name the person (its words each open a word
    // there, in any case ending: `Встреча с ... Берлом Лазаром`)
    // (names of page chrome, `Photo Credit:`, `Editor Note:`, are none)
    if lone && !missed.is_empty() {
        let title = words::prefix(content, 600);
        // (each name: how often printed so, and where first; the opening it is looked for in
        // ends before its first printing)
        let mut seen: foldhash::HashMap<&str, (u32, usize)> = foldhash::HashMap::default();
        for &colon in &missed {
            if let Some(name) = flat_name_before(content, colon) {
                let entry = seen.entry(name).or_insert((0, colon - name.len()));
                entry.0 += 1;
            }
        }
        for (name, (n, first)) in seen {
            let titled = named_in_title(name, &title[..title.len().min(first)]);
            let chrome = name
                .split(' ')
                .any(|w| words::with_lower(w, words::is_chrome_word));
            if !chrome && (n >= 3 || titled) {
                known.insert(name);
            }
        }
    }
    if !known.is_empty() {
        for colon in missed {
            if let Some(p) = inline_label_start(content, colon, lone, &known)
                && p > 0
            {
                cuts.push(p);
                first_label = Some(first_label.map_or(p, |f| f.min(p)));
            }
        }
        cuts.sort_unstable();
    }
    // reported questions: `... (Question No. 12/2031) HON. A. LIND asked the Government, upon
    // notice: ...`
    for p in label::inline_asked_label_starts(content) {
        if p > 0 {
            cuts.push(p);
            first_label = Some(first_label.map_or(p, |f| f.min(p)));
        }
    }
    // Hansard labels after a sentence end: `... I support the motion. HON. I. VASU.- Mr. ...`,
    // or after a heading that opens the line
    let mut dash_cut = false;
    if let Some(p) = heading_then_dash_label(content) {
        cuts.push(p);
        first_label = Some(first_label.map_or(p, |f| f.min(p)));
        dash_cut = true;
    }
    if let Some(p) = inline_dash_label_cuts(content, &mut cuts) {
        first_label = Some(first_label.map_or(p, |f| f.min(p)));
        dash_cut = true;
    }
    if dash_cut {
        cuts.sort_unstable();
    }
    // an oral question's heading printed before its label, after the last answer's sentence
    // end (`... the quick response. Construction of Farm Roads (Question No. 181/2031) HON.
    // A. LIND asked ...`), and a withdrawn question's note (`(Question No. 178/2031 was
    // withdrawn)`): units of their own, from the sentence end (or the note) before them
    question_heading_cuts(content, &mut cuts);
    // elisions and section markers become their own units
    for marker in MARKER_FINDERS.iter() {
        for at in marker.find_iter(content.as_bytes()) {
            cuts.push(at);
            cuts.push(at + marker.needle().len());
        }
    }
    // related-link widgets and footer phrases
    for (phrase, finder) in FLAT_BREAKS.iter().zip(FLAT_BREAK_FINDERS.iter()) {
        for at in finder.find_iter(content.as_bytes()) {
            if at > 0 && !content[..at].ends_with(' ') {
                continue;
            }
            if RELATED_BREAKS.contains(phrase) {
                let sure = !HEADED_ONLY_WITH_ITEMS.contains(phrase);
                let end = related_extent(content, at + phrase.len(), sure);
                // `Additional` / `Дополнительно` are words of speech too: a widget only when
                // an item with its date follows
                if HEADED_ONLY_WITH_ITEMS.contains(phrase) && end == at + phrase.len() {
                    continue;
                }
                ranges.push((at, end));
                cuts.push(at);
                cuts.push(end);
            } else {
                cuts.push(at);
            }
        }
    }
    // taxonomy words in the footer tail, before `Статус материала` / `Publication status`
    for status in ["Статус материала", "Publication status"] {
        if let Some(pos) = memchr::memmem::rfind(content.as_bytes(), status.as_bytes()) {
            let from = floor_char(content, pos.saturating_sub(900));
            for word in [
                "География ",
                "Темы ",
                "Лица ",
                "Geography ",
                "Topics ",
                "Persons ",
            ] {
                for at in memchr::memmem::find_iter(&content.as_bytes()[from..pos], word.as_bytes())
                {
                    let at = from + at;
                    if at > 0 && content[..at].ends_with(' ') {
                        cuts.push(at);
                    }
                }
            }
        }
    }
    cuts.retain(|&c| c > 0 && c < content.len());
    cuts.sort_unstable();
    cuts.dedup();
    // drop cuts that fall inside a related widget (one walk over both sorted lists: the
    // farthest end of the widgets that start before a cut says whether one holds it)
    ranges.sort_unstable();
    let (mut k, mut reach) = (0, 0);
    cuts.retain(|&c| {
        while k < ranges.len() && ranges[k].0 < c {
            reach = reach.max(ranges[k].1);
            k += 1;
        }
        reach <= c
    });
    let mut pieces: Vec<(usize, usize)> = Vec::with_capacity(cuts.len() + 1);
    let mut prev = 0;
    for &c in &cuts {
        pieces.push((prev, c));
        prev = c;
    }
    pieces.push((prev, content.len()));
    let mut first = true;
    for (a, b) in pieces {
        let piece = &content[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if a + lead >= b - trail {
            continue;
        }
        let (s, e) = (start + a + lead, start + b - trail);
        // the piece before the first speaker label is a flattened header: on a one-line page,
        // or on a long line that opens the page (after navigation lines at most) with no
        // speaker label of its own
        if a == 0
            && b <= first_label.unwrap_or(content.len())
            && (lone
                || content.len() > 600
                    && units.iter().all(|u| u.chrome.is_some())
                    && label::line_label(content).is_none())
        {
            split_flat_header(text, s, e, blank, units);
        } else {
            let mut unit = Unit::new(
                s,
                e,
                if first { blank } else { 0 },
                !first,
                if first { line.indent() } else { 0 },
            );
            // a related-link widget found above (its opener and its dated items), or a piece
            // that is an opener and one item ending in its date (`<…> Additional All news of
            // the trip. Forum in Murmansk March 27, 2025` before the taxonomy)
            if ranges.binary_search_by_key(&a, |r| r.0).is_ok() || dated_widget(&text[s..e]) {
                unit.chrome = Some((BoilerplateKind::Related, Strength::Strong));
            }
            units.push(unit);
        }
        first = false;
    }
}

/// The words of an oral question's note that say it will not be answered (`(Question No.
/// 178/2031 was withdrawn)`).
pub(crate) const WITHDRAWN_NOTES: [&str; 3] = ["withdrawn", "lapsed", "deferred"];

/// The cuts around the oral-question headings of a flattened record (see [`split_flat`]):
/// each `(Question No. N/YYYY)` note whose heading a label cut follows (a withdrawn
/// question's note need not) is cut off with the words before it back to the last sentence
/// end or note, at most 250 bytes back; a withdrawn question's note is also cut after.
fn question_heading_cuts(content: &str, cuts: &mut Vec<usize>) {
    const NOTE: &str = "(Question No.";
    let b = content.as_bytes();
    let mut found: Vec<usize> = Vec::new();
    for at in memchr::memmem::find_iter(b, NOTE.as_bytes()) {
        let Some(close) = memchr::memchr(b')', &b[at..b.len().min(at + 60)]) else {
            continue;
        };
        let end = at + close + 1;
        let withdrawn = WITHDRAWN_NOTES.iter().any(|w| content[at..end].contains(w));
        let next = end + (content[end..].len() - content[end..].trim_start().len());
        // (a heading ending the line has its label on the next)
        if !withdrawn && next < content.len() && !cuts.contains(&next) {
            continue;
        }
        if withdrawn {
            found.push(next);
        }
        // back to the last sentence end, or the last question's note, before the heading
        let from = floor_char(content, at.saturating_sub(250));
        let window = &content[from..at];
        // (the last such space: searched from the end)
        let start = window
            .rmatch_indices(' ')
            .map(|(i, _)| i)
            .find(|&i| {
                let before = window[..i].trim_end();
                // (not after an honorific or an initial, `MR. SPEAKER`, `HON. A. LIND`)
                let last = before.rsplit(' ').next().unwrap_or(before);
                // (`Sir.` ends the sentences of a chamber's address: `Thank you, Mr. Speaker,
                // Sir.`)
                let abbreviation = last.ends_with('.')
                    && (words::honorific_words(&[last]) > 0 && !last.eq_ignore_ascii_case("sir.")
                        || last.len() <= 2
                        || words::is_all_caps(last));
                before.ends_with(['.', '?', '!', ')', ':', '”', '"'])
                    && !abbreviation
                    && !before.ends_with("No.")
                    && (i + 1 == window.len() || heading_opening(&window[i + 1..]))
            })
            .map(|i| from + i + 1);
        match start {
            Some(s) => found.push(s),
            // (a heading opening the line is a unit's start already)
            None if from == 0 => {}
            None => continue,
        }
        if withdrawn {
            found.push(at);
        }
    }
    cuts.extend(found);
}

/// Whether `t` opens as a heading may: a capital, a digit, a bracket or quotation mark, or a
/// word with a capital inside (`iTaukei Lands ...`).
pub(crate) fn heading_opening(t: &str) -> bool {
    t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '‘' | '“'))
        || t.split(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().any(char::is_uppercase))
}

/// Where the double dash of an earnings-call label is (`Lena Marsh -- Vice President,
/// Investor Relations`, `Tom Vale -- Harbour Securities -- Analyst`): two to four capitalized
/// words, ` -- `, then at most twelve words that open with a capital and end no sentence.
pub(crate) fn name_dash_role(t: &str) -> Option<usize> {
    let at = memchr::memmem::find(words::prefix(t, 60).as_bytes(), b" -- ")?;
    let (name, office) = (&t[..at], &t[at + 4..]);
    (words::is_capitalized_name(name, 4)
        && office.starts_with(char::is_uppercase)
        && !words::ends_sentence(office)
        && word_count_capped(office, 13) <= 12)
        .then_some(at)
}

/// Where the name ends in a speech-to-text export's label line (`Dana Whitcombe  00:04`,
/// `Speaker 2  1:02:33`, `Anna van Dijk  00:12`, `Anna (Guest)  00:41`), and the time in
/// seconds: one to five words, each opening with a capital or a number, but for a name's
/// particles (`van`, `de`) and a note in brackets, at least one a word of letters; then spaces
/// and a time (`M:SS`, `MM:SS` or `H:MM:SS`) ending the line.
fn timed_label(t: &str) -> Option<(usize, u32)> {
    if t.len() > 80 || !t.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (name, time) = t.rsplit_once(' ')?;
    let name = name.trim_end_matches(' ');
    let mut seconds = 0u32;
    let mut parts = 0;
    for (i, p) in time.split(':').enumerate() {
        let ok = if i == 0 {
            (1..=2).contains(&p.len())
        } else {
            p.len() == 2
        };
        if !ok || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        seconds = seconds * 60 + p.parse::<u32>().ok()?;
        parts += 1;
    }
    // (a note in brackets after the name: `(Guest)`)
    let bare = match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((bare, note)) if !note.contains(['(', ')']) => bare,
        _ => name,
    };
    let words: Vec<&str> = bare.split(' ').collect();
    ((2..=3).contains(&parts)
        && (1..=5).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            (w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || i > 0 && words::is_name_particle(w))
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && words
            .iter()
            .any(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic)))
    .then_some((name.len(), seconds))
}

/// Phrases that start a new unit inside a flattened line.
const FLAT_BREAKS: &[&str] = &[
    "Смотрите также",
    "See also",
    "Дополнительно ",
    "Additional ",
    "Статус материала",
    "Опубликован в разделах",
    "Дата публикации:",
    "Ссылка на материал:",
    "Текстовая версия",
    "География ",
    "Publication status",
    "Published in sections",
    "Publication date:",
    "Direct link:",
    "Text version",
];

/// Searchers for the phrases of [`FLAT_BREAKS`], in order, built once.
static FLAT_BREAK_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| FLAT_BREAKS.iter().map(Finder::new).collect());

/// Searchers for elisions and section markers, which become units of their own.
static MARKER_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| ["<…>", "<...>", "* * *"].iter().map(Finder::new).collect());

/// Where the period closing a Hansard dash label is, for each `.-` of `content` and each `.`
/// before an en or em dash, spaced or not (`HON. C. J. LIND. – Mr. Speaker`), in order; and,
/// when `loose`, where a label may end before a dash printed otherwise: the period before a
/// spaced hyphen (`HON. A. LIND. - Mr. Speaker`), a hyphen glued to a capital before a space
/// (`HON. F. TAVO- I thank`), and the space after a capital before a spaced dash (`HON. B.
/// MARAMA – Other figures`), each marked loose. [`label::dash_label`] decides whether a label
/// ends there.
fn label_dashes(content: &str, loose: bool) -> impl Iterator<Item = (usize, bool)> + '_ {
    let b = content.as_bytes();
    // two capitals, then `gap` (a space or nothing) before the dash at `i`: where the label
    // ends (`TAVO- `, `MARAMA – `; not a letter's list item, `A- `)
    let after_capital = move |i: usize, gap: usize| {
        (loose
            && i > gap + 1
            && b[i - 1 - gap].is_ascii_uppercase()
            && b[i - 2 - gap].is_ascii_uppercase())
        .then_some((i - gap, true))
    };
    // (the dashes are `E2 80 93` and `E2 80 94`: found by their lead byte)
    memchr::memchr2_iter(b'-', 0xE2, b).filter_map(move |i| {
        let spaced = b.get(i + 1).is_none_or(|&c| c == b' ');
        if b[i] == b'-' {
            if i == 0 {
                return None;
            }
            return match b[i - 1] {
                b'.' => Some((i - 1, false)),
                b' ' if loose && spaced && i > 1 && b[i - 2] == b'.' => Some((i - 2, true)),
                b' ' if spaced => after_capital(i, 1),
                _ if spaced => after_capital(i, 0),
                _ => None,
            };
        }
        if !(b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94))) {
            return None;
        }
        if i > 0 && b[i - 1] == b'.' {
            Some((i - 1, false))
        } else if i > 1 && b[i - 1] == b' ' && b[i - 2] == b'.' {
            Some((i - 2, false))
        } else if i > 0 && b[i - 1] == b' ' {
            after_capital(i, 1)
        } else {
            None
        }
    })
}

/// How many of a line's loosely printed dashes ([`label_dashes`]) may close no label before
/// the rest are passed over: a line of prose holds few, and each costs a look back over the
/// words before it (a line made of `AB- AB- ...` would cost that at every dash).
const LOOSE_DASH_MISSES: usize = 64;

/// The phrases among [`FLAT_BREAKS`] that open a related-link widget.
const RELATED_BREAKS: &[&str] = &[
    "Смотрите также",
    "See also",
    "Дополнительно ",
    "Additional ",
];

/// The phrases among [`RELATED_BREAKS`] that open a widget only when items follow them (they
/// are ordinary words of speech too).
const HEADED_ONLY_WITH_ITEMS: &[&str] = &["Дополнительно ", "Additional "];

/// Whether `piece` is a related-link widget opener whose item ends the piece with its date:
/// at most 30 words, the last of them a date.
fn dated_widget(piece: &str) -> bool {
    HEADED_ONLY_WITH_ITEMS.iter().any(|h| piece.starts_with(h))
        && word_count_capped(piece, 30) <= 30
        && date::find_dates(piece)
            .last()
            .is_some_and(|(at, m)| at + m.len == piece.len())
}

/// The end of a related-link widget starting after its marker at `from`: items of a title and
/// a date, as long as a date follows within 260 bytes with no sentence end before it.
///
/// After an opener that is always a widget's (`See also`, `Смотрите также`: `sure_opener`), the
/// first item may hold a sentence end of its own (`All news of the trip. Forum ... March 27,
/// 2025`) when it is at most 25 words long.
fn related_extent(content: &str, from: usize, sure_opener: bool) -> usize {
    let mut end = from;
    loop {
        let window_end = floor_char(content, (end + 260).min(content.len()));
        let window = &content[end..window_end];
        let Some((at, m)) = date::first_date(window) else {
            break;
        };
        let between = &window[..at];
        let first_item = end == from && sure_opener && word_count_capped(between, 25) <= 25;
        if between.contains(['.', '!', '?']) && !between.trim().is_empty() && !first_item {
            break;
        }
        // (nor past the page's footer, whose publication date follows the last item: `...
        // 24 апреля 2025 года Темы ... Статус материала ... Дата публикации: 24 апреля ...`)
        if FLAT_BREAK_FINDERS
            .iter()
            .any(|f| f.find(between.as_bytes()).is_some())
        {
            break;
        }
        end += at + m.len;
    }
    end
}

/// The largest char boundary at or before `i`.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where an inline speaker label ending at the colon at `colon` starts, if one does: after a
/// sentence end, or (on a lone line) at an initial-and-surname token or a role word.
fn inline_label_start(
    content: &str,
    colon: usize,
    lone: bool,
    known: &foldhash::HashSet<&str>,
) -> Option<usize> {
    // (as far back as a label's run may reach, see `label::colon_label`, and no further back
    // than the last colon and space: a label holds none)
    let mut lower_bound = floor_char(content, colon.saturating_sub(400));
    if let Some(k) = memchr::memmem::rfind(&content.as_bytes()[lower_bound..colon], b": ") {
        lower_bound += k + 2;
    }
    let window = &content[lower_bound..colon];
    // sentence start: after `. `, `! `, `? `, `… `, `» `, `" `, `) ` (the last before the colon)
    let mut sentence_start = lower_bound;
    let bytes = window.as_bytes();
    // a note closing the label (`В.Путин (по-немецки) :`) holds no sentence end: the search
    // starts before it
    let mut scan_end = window.trim_end().len();
    let mut noted = false;
    if window[..scan_end].ends_with(')')
        && let Some(open) = window[..scan_end].rfind('(')
    {
        scan_end = open;
        noted = true;
    }
    for i in (0..scan_end.saturating_sub(1)).rev() {
        if bytes[i + 1] == b' ' && matches!(bytes[i], b'.' | b'!' | b'?' | b')' | b'"') {
            // `В.Путин` holds a period not followed by a space; `Mr. X` is an honorific
            let before = &window[..=i];
            if bytes[i] == b'.' && is_abbreviation_end(before) {
                continue;
            }
            sentence_start = lower_bound + i + 2;
            break;
        }
        // `…`, `»`, `”` end in a continuation byte: compare the bytes before the space
        if bytes[i + 1] == b' '
            && ["…", "»", "”"]
                .iter()
                .any(|q| bytes[..=i].ends_with(q.as_bytes()))
        {
            sentence_start = lower_bound + i + 2;
            break;
        }
    }
    if lower_bound > 0 && sentence_start == lower_bound {
        sentence_start = usize::MAX; // no sentence start in reach
    }
    let try_at = |p: usize| -> Option<usize> {
        let m = label::colon_label(&content[p..])?;
        if p + m.end() > colon || content[p + m.end()..colon].trim() != "" {
            return None;
        }
        // (speech opens with a capital: `Первый вопрос Ивану Петровичу: как Вы ...` is
        // a sentence of the speech going on)
        if content[p + m.speech()..].starts_with(char::is_lowercase) {
            return None;
        }
        let label_text = &content[p + m.start()..p + m.end()];
        let shape = LabelShape::of(label_text);
        // (initials opening a clause of a sentence, `имени А.Б.Ларина РАН, заведующего ...,
        // моих наставников:`, hold commas; a label with its pop-up text holds them only in
        // the pop-up's role, `И.Лунд Лунд Иван Петрович министр лесов, рек и озёр :`)
        let strong = shape.initials
            && (!label_text.contains(',') || shape.initials_popup)
            || shape.role_label
            || (shape.upper && shape.words >= 2 && shape.name_like())
            // a one-line page: a title-case label with a role word, or the name at the end
            // of such a label found earlier on the line
            || (lone
                && shape.name_like()
                && shape.lower_words == 0
                && !shape.honorific
                && (shape.role && shape.words >= 3
                    || shape.words >= 2 && known.contains(core_label(label_text))));
        strong.then_some(p)
    };
    if sentence_start != usize::MAX
        && let Some(p) = try_at(sentence_start)
    {
        return Some(p);
    }
    // (a label closed by a note opens its sentence: `Как писал А.Пушкин (цитирую по
    // памяти) : «...»` quotes a poet inside a sentence)
    if !noted && (lone || sentence_start == usize::MAX || sentence_start <= colon) {
        // strong heads anywhere after the sentence start: `журналистов Вопрос:`
        let from = if sentence_start == usize::MAX {
            lower_bound
        } else {
            sentence_start
        };
        // (no label holds a colon and a space: heads are looked for after the last one, which
        // keeps a line of many short labels, `A: A: A: ...`, from trying every word before
        // each colon)
        let from = content[from..colon]
            .rfind(": ")
            .map_or(from, |k| from + k + 2);
        let mut p = from;
        for w in content[from..colon].split(' ') {
            if !w.is_empty()
                && p > from
                && (label::is_strong_head(w)
                    || lone
                        && w.starts_with(char::is_uppercase)
                        && words::is_role_word(&words::lower_in(w, &mut [0u8; 48])))
            {
                let before = content[..p].trim_end();
                // (a quotation introduced in the middle of a sentence is no turn: `Как написал
                // нам И.Лунд ... министр лесов, рек и озёр: «Сезон начался рано».`)
                let quoted_mid_sentence = before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && content[colon + 1..].trim_start().starts_with(QUOTES);
                let before_ok = (lone
                    || before.ends_with(['.', '!', '?', '…', '»', '"', '”', ')']))
                    && !quoted_mid_sentence;
                if before_ok && let Some(found) = try_at(p) {
                    return Some(found);
                }
            }
            p += w.len() + 1;
        }
    }
    None
}

/// Where a line of ordinary length is cut so that each Hansard dash label in it opens a unit:
/// after a heading the line opens with ([`heading_then_dash_label`]), and after a sentence end
/// (`MR. SPEAKER.- Thank you. HON. P. BALA.- Mr. Speaker, ...`, records converted from PDF
/// print a whole exchange on one line), also one misprinted with `.:`
/// ([`inline_period_colon_label_start`]). `None` when the line has no such label.
fn dash_label_cuts(content: &str) -> Option<Vec<usize>> {
    let b = content.as_bytes();
    let period_colons = || {
        memchr::memchr_iter(b':', b)
            .filter(|&c| c > 0 && b[c - 1] == b'.' && b.get(c + 1) == Some(&b' '))
    };
    // (a reported question ends its formula with a colon: a line with none holds none)
    let asked = if memchr::memchr(b':', b).is_some() {
        label::inline_asked_label_starts(content)
    } else {
        Vec::new()
    };
    if label_dashes(content, true).next().is_none()
        && period_colons().next().is_none()
        && asked.is_empty()
    {
        return None;
    }
    let mut cuts: Vec<usize> = heading_then_dash_label(content).into_iter().collect();
    cuts.extend(asked);
    cuts.extend(period_colons().filter_map(|c| inline_period_colon_label_start(content, c)));
    inline_dash_label_cuts(content, &mut cuts);
    cuts.retain(|&c| c > 0);
    cuts.sort_unstable();
    cuts.dedup();
    (!cuts.is_empty()).then_some(cuts)
}

/// The Hansard dash labels inside a line, after a sentence end
/// ([`inline_dash_label_start`]), after a heading ([`inline_heading_dash_label`], whose start
/// is cut too) or after anything ([`caps_dash_label_start`]), added to `cuts`; returns the
/// first label's start. Loosely printed dashes are passed over after
/// [`LOOSE_DASH_MISSES`] of them closed no label.
fn inline_dash_label_cuts(content: &str, cuts: &mut Vec<usize>) -> Option<usize> {
    let mut first: Option<usize> = None;
    let mut loose_misses = 0;
    for (d, loose) in label_dashes(content, true) {
        if loose && loose_misses >= LOOSE_DASH_MISSES {
            continue;
        }
        let p = if let Some(p) = inline_dash_label_start(content, d).filter(|&p| p > 0) {
            cuts.push(p);
            p
        } else if let Some((h, p)) = inline_heading_dash_label(content, d) {
            cuts.extend([h, p]);
            p
        } else if let Some(p) = caps_dash_label_start(content, d) {
            cuts.push(p);
            p
        } else {
            loose_misses += usize::from(loose);
            continue;
        };
        first = Some(first.map_or(p, |f| f.min(p)));
    }
    first
}

/// Where a heading and the Hansard dash label after it start, when they follow a sentence end
/// in the middle of a line (records converted from PDF): `... Medical Services. Recent
/// Developments in the Land Trust Board HON. I. VASU.- Mr. Speaker, ...` gives the offsets of
/// `Recent` and `HON.`. The heading is title-cased, with no sentence end and at most 14 words;
/// the label opens with its honorifics in upper case and covers the `.-` at `d`.
fn inline_heading_dash_label(content: &str, d: usize) -> Option<(usize, usize)> {
    let lower_bound = floor_char(content, d.saturating_sub(200));
    let p = honorifics_start(content, lower_bound, d)?;
    // the heading runs from the last sentence end before the label
    let before = &content[lower_bound..p];
    let b = before.as_bytes();
    let h = (0..b.len().saturating_sub(1)).rev().find(|&i| {
        b[i + 1] == b' '
            && (matches!(b[i], b'!' | b'?')
                || b[i] == b'.' && !is_abbreviation_end(&before[..=i])
                || before[..=i].ends_with('…'))
    })? + lower_bound
        + 2;
    let heading = content[h..p].trim_end();
    let n = word_count_capped(heading, 14);
    // (words of letters only: a running header's page number and date come with its heading,
    // `Appropriation Bill 2024 1281`, `Address 13 th March, 2024`)
    let (mut worded, mut capitalized) = (0, 0);
    for w in heading
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphabetic))
    {
        worded += 1;
        capitalized += usize::from(w.starts_with(char::is_uppercase));
    }
    if heading.is_empty()
        || n > 14
        || ends_sentence(heading)
        || !heading.starts_with(char::is_uppercase)
        || capitalized * 2 < worded
    {
        return None;
    }
    dash_label_covers(content, p, d).then_some((h, p))
}

/// Where the run of honorifics opening a Hansard label before the `.-` at `d` starts: the
/// honorific nearest the dash (words after a space from `lower_bound` on), then back over the
/// honorifics before it in upper case like the names (`HON. RATU`, not the `Sir.` that ends
/// `Mr. Speaker, Sir.`).
fn honorifics_start(content: &str, lower_bound: usize, d: usize) -> Option<usize> {
    let is_honorific = |w: &str| words::honorific_words(&[w]) == 1;
    let starts: Vec<usize> = content[lower_bound..d]
        .match_indices(' ')
        .map(|(q, _)| lower_bound + q + 1)
        .collect();
    let mut k = starts
        .iter()
        .rposition(|&p| is_honorific(content[p..].split(' ').next().unwrap_or("")))?;
    while k > 0 && {
        let w = content[starts[k - 1]..starts[k]].trim_end();
        is_honorific(w) && words::is_all_caps(w)
    } {
        k -= 1;
    }
    Some(starts[k])
}

/// Whether a Hansard dash label in capitals after its honorifics starts at `p` and takes the
/// `.-` at `d` as its own.
fn dash_label_covers(content: &str, p: usize, d: usize) -> bool {
    label::dash_label(&content[p..]).is_some_and(|m| {
        p + m.end() <= d + 1
            && p + m.speech() > d
            && caps_after_honorific(&content[p + m.start()..p + m.end()])
    })
}

/// Where a Hansard dash label starts in the middle of a line that does not open with a label
/// (records converted from PDF): after a heading (`Review Report – Sports Commission 2020
/// Annual Reports HON. A. B. TAVOLA.- Mr. Speaker, ...`, at most 20 words and no sentence end)
/// or after a sentence end (`... thank you, Sir. MR. SPEAKER.- Order!`). The label opens with
/// its honorifics (all of them, in upper case: `HON. RATU`), has upper-case names and covers
/// the line's first `.-`.
fn heading_then_dash_label(content: &str) -> Option<usize> {
    let (d, _) = label_dashes(content, false).next()?;
    if d > 300 || label::line_label(content).is_some() {
        return None;
    }
    let p = honorifics_start(content, floor_char(content, d.saturating_sub(120)), d)?;
    let head = content[..p].trim_end();
    if head.is_empty() || !(ends_sentence(head) || word_count_capped(head, 20) <= 20) {
        return None;
    }
    dash_label_covers(content, p, d).then_some(p)
}

/// Where a Hansard dash label whose `.-` is at `d` starts, when it follows a sentence end on a
/// long line: `HON. I. VASU.-` in `... the motion. HON. I. VASU.- Mr. Speaker, ...`.
fn inline_dash_label_start(content: &str, d: usize) -> Option<usize> {
    after_sentence_end(content, d).filter(|&p| dash_label_covers(content, p, d))
}

/// Where a Hansard label closed by `.:` (a misprint of `.-`) whose colon is at `c` starts,
/// when it follows a sentence end in the middle of a line: `HON. J. LIND.:` in `... from the
/// front bench. HON. J. LIND.: I thank you ...`. The label is a colon label, in capitals after
/// its honorifics.
fn inline_period_colon_label_start(content: &str, c: usize) -> Option<usize> {
    after_sentence_end(content, c - 1).filter(|&p| {
        label::colon_label(&content[p..]).is_some_and(|m| {
            let label = &content[p..p + m.end()];
            let shape = LabelShape::of(label);
            m.start() == 0
                && p + m.end() == c
                // (an honorific or a presiding role opens it: not the surname after initials
                // of a label opening the line, `HON. PROFESSOR B.C. LIND.:`)
                && (shape.honorific || shape.upper && shape.role)
                && caps_after_honorific(label)
        })
    })
}

/// Where the last sentence (or stage direction) before offset `d` ends, within 120 bytes: the
/// offset after its end and the space.
fn after_sentence_end(content: &str, d: usize) -> Option<usize> {
    let lower_bound = floor_char(content, d.saturating_sub(120));
    let window = &content.as_bytes()[lower_bound..d];
    for i in (0..window.len().saturating_sub(1)).rev() {
        // a sentence end (an ellipsis too, or a quotation's or bracket's close after one), or a
        // stage direction's close (`(Chorus of interjections) HON. X.-`)
        if window[i + 1] != b' '
            || !(matches!(window[i], b'.' | b'!' | b'?' | b')' | b']' | b'"')
                || ["…", "”", "»"]
                    .iter()
                    .any(|q| window[..=i].ends_with(q.as_bytes())))
        {
            continue;
        }
        if window[i] == b'.' && is_abbreviation_end(&content[lower_bound..=lower_bound + i]) {
            continue;
        }
        return Some(lower_bound + i + 2);
    }
    None
}

/// Where a Hansard dash label whose `.-` is at `d` starts in the middle of a line after
/// anything (a list of names, a heading too long or too lower-case for
/// [`inline_heading_dash_label`]), when nothing but a label reads so: its honorifics and names
/// all in capitals (`HON. N. T. LIND.-`, not `Hon. Lind.-`) and its speech opening with a
/// capital (`... (5) Honourable A. Koli HON. N. T. LIND.- Mr. Speaker, Sir, ...`).
fn caps_dash_label_start(content: &str, d: usize) -> Option<usize> {
    let p = honorifics_start(content, floor_char(content, d.saturating_sub(120)), d)?;
    let honorific = content[p..].split(' ').next().unwrap_or("");
    let speech = content[d + 1..].trim_start_matches(['-', '–', '—', ' ']);
    // (an honorific before it is the label's own, opening the line: `HON. RATU S. LIND.-`)
    let word_before = content[..p].trim_end().rsplit(' ').next().unwrap_or("");
    (p > 0
        && words::honorific_words(&[word_before]) == 0
        && words::is_all_caps(honorific)
        && speech.starts_with(char::is_uppercase)
        && dash_label_covers(content, p, d))
    .then_some(p)
}

/// Whether text ending in a period ends with an abbreviation or initial rather than a sentence:
/// `Mr.`, `Dr.`, `В.` (a single capital).
fn is_abbreviation_end(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    let core = word.trim_end_matches('.');
    core.chars().count() == 1 && core.chars().all(char::is_uppercase)
        || matches!(
            lower(core).as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "jr"
                | "sr"
                | "vs"
                | "etc"
                | "hon"
                | "sen"
                | "rep"
                | "gen"
                | "prof"
                | "rev"
                | "capt"
                | "col"
                | "maj"
                | "lt"
                | "sgt"
                | "adm"
                | "cmdr"
                | "г"
                | "т.е"
                | "т.д"
                | "им"
        )
}

/// Cut the header piece of a flattened page: a leading navigation word, the title and lede
/// before the date, the date and its time, the place after it, and any text after the place.
fn split_flat_header(text: &str, s: usize, e: usize, blank: usize, units: &mut Vec<Unit>) {
    let piece = &text[s..e];
    let mut bounds: Vec<usize> = Vec::new();
    // a leading navigation word (`События`, `Events`)
    if let Some(sp) = piece.find(' ') {
        let first = &piece[..sp];
        if matches!(
            boilerplate::line_kind(first),
            Some((BoilerplateKind::Navigation, _))
        ) {
            bounds.push(sp + 1);
        }
    }
    let head_start = bounds.last().copied().unwrap_or(0);
    // the first date after the head start (dates are found left to right, as asked for)
    if let Some((at, m)) = date::dates_in(piece).find(|(at, _)| *at > head_start) {
        // title and lede before the date
        let lede = lede_start(&piece[head_start..at]);
        if let Some(lede) = lede {
            bounds.push(head_start + lede);
        }
        let title = piece[head_start..head_start + lede.unwrap_or(at - head_start)].trim();
        bounds.push(at);
        bounds.push(at + m.len);
        // the place after the date: words up to the one after the last comma among the first
        // five (`Москва, Кремль`, `Московская область, Ново-Огарёво`); without a comma one
        // word followed by the lede's capital (`Москва Встреча прошла`), or a word and a place
        // word (`Курская область`)
        let after = &piece[at + m.len..];
        let trimmed = after.trim_start();
        let base = at + m.len + (after.len() - trimmed.len());
        let words: Vec<(usize, &str)> = word_offsets(trimmed, 6);
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let end_of = |k: usize| words[k].0 + words[k].1.len();
        let comma = words
            .iter()
            .take(5)
            .rposition(|(_, w)| w.ends_with(','))
            .filter(|&k| k + 1 < words.len() && capital(words[k + 1].1));
        // the rest of the header piece (cut at the first speaker label) is all place
        let whole = (1..=5).contains(&word_count(trimmed))
            && crate::grammar::dateline::place_shape(trimmed).is_some();
        let place_end = match comma {
            _ if whole => Some(trimmed.len()),
            // and lower-case words after it (`Санкт-Петербург, Константиновский дворец`): the
            // lede opens with a capital
            Some(k) => {
                let mut last = k + 1;
                while last + 1 < words.len()
                    && last < k + 3
                    && words[last + 1].1.starts_with(char::is_lowercase)
                {
                    last += 1;
                }
                Some(end_of(last))
            }
            None => match words.as_slice() {
                [(_, w), (_, next), ..]
                    if with_lower(next, crate::grammar::dateline::is_place_word) && capital(w) =>
                {
                    Some(end_of(1))
                }
                // (not a lede's opening subject: `Президент России поздравил ...`)
                [(_, w), (_, next), ..]
                    if capital(w)
                        && capital(next)
                        && w.chars().count() > 1
                        && !w.contains('.')
                        && !(with_lower(w, lede_opener)
                            && !w.contains('-')
                            && w != next
                            && past_verb_within(trimmed, 6)) =>
                {
                    Some(end_of(0))
                }
                _ => None,
            },
        };
        if let Some(end) = place_end
            && crate::grammar::dateline::place_shape(&trimmed[..end]).is_some()
        {
            bounds.push(base + end);
            // the title printed again after the place, glued to the lede (`... Москва, Кремль
            // Совместная пресс-конференция ... Российско-белорусские переговоры ...`): a
            // heading of its own
            let rest = &trimmed[end..];
            let again = rest.trim_start();
            if title.chars().count() >= 10
                && again.len() > title.len()
                && again.starts_with(title)
                && again[title.len()..].starts_with(' ')
            {
                bounds.push(base + end + (rest.len() - again.len()) + title.len());
            }
        }
    } else if let Some(lede) = lede_start(&piece[head_start..]) {
        bounds.push(head_start + lede);
    }
    bounds.retain(|&b| b > 0 && b < piece.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut prev = 0;
    let mut first = true;
    for b in bounds.into_iter().chain(std::iter::once(piece.len())) {
        let part = &piece[prev..b];
        let lead = part.len() - part.trim_start().len();
        let trail = part.len() - part.trim_end().len();
        if prev + lead < b - trail {
            units.push(Unit::new(
                s + prev + lead,
                s + b - trail,
                if first { blank } else { 0 },
                !first,
                0,
            ));
            first = false;
        }
        prev = b;
    }
}

/// Whether the lower-cased word `l` reads as a past-tense verb (`выразил`, `состоялась`, `met`,
/// `discussed`).
pub(crate) fn is_past_verb(l: &str) -> bool {
    // `lower` keeps `,` and `.`, so trimming after lowering is trimming before it
    let l = l.trim_end_matches([',', '.']);
    l.chars().count() >= 4
        && ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"]
            .iter()
            .any(|e| l.ends_with(e))
        || matches!(
            l,
            "met" | "held" | "took" | "had" | "chaired" | "visited" | "gave" | "made" | "spoke"
        )
        // English regular past tense (`reported`, `discussed`), not `need`, `speed`
        || l.len() >= 6 && l.ends_with("ed") && l.is_ascii() && !l.ends_with("eed")
}

/// Whether a past-tense verb in lower case is among the first `n` words of `text` after its
/// first word.
fn past_verb_within(text: &str, n: usize) -> bool {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .take(n)
        .skip(1)
        .any(|w| w.starts_with(char::is_lowercase) && with_lower(w, is_past_verb))
}

/// Whether the lower-cased word `l` opens news ledes (`Президент ...`, `Глава ...`, `В ...`)
/// when a past-tense verb follows it.
fn lede_opener(l: &str) -> bool {
    [
        "президент",
        "владимир",
        "глава",
        "председатель",
        "премьер",
        "состоял",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        || matches!(l, "в" | "во" | "на" | "по" | "the")
}

/// In a flattened header `head` (a title run straight into its lede), the offset where the lede
/// starts. Tried in order:
/// 1. a capitalized past-tense verb opening the lede (`Обсуждалась ...`, `Состоялся ...`);
/// 2. the end of the title's phrase that the lede repeats (`Встреча с мэром Москвы Сергеем
///    Собяниным` / `... встречу с мэром Москвы Сергеем Собяниным.`);
/// 3. a word that opens news ledes (`Президент...`, `Глава`, `В`, `На`) with a verb after it;
/// 4. the subject before the first past-tense verb.
///
/// `None` when `head` reads as a title alone.
fn lede_start(head: &str) -> Option<usize> {
    // a headline and the start of its lede fit in the first eighty words
    let words: Vec<(usize, &str)> = word_offsets(head, 80);
    if words.len() < 4 {
        return None;
    }
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // each word's lower-case form, read once
    let lowered: Vec<String> = words.iter().map(|(_, w)| lower(w)).collect();
    let caps: Vec<bool> = words.iter().map(|(_, w)| capitalized(w)).collect();
    let past: Vec<bool> = lowered.iter().map(|l| is_past_verb(l)).collect();
    // a past-tense verb in lower case
    let verb_at = |i: usize| past[i] && !caps[i];
    let verb_after = |i: usize| (i + 1..(i + 11).min(words.len())).any(verb_at);
    let first_verb = (0..words.len())
        .find(|&i| verb_at(i))
        .unwrap_or(words.len());
    // 1. a capitalized past-tense verb followed by a lower-case word (not a name: `Павла Зарубина`)
    if let Some(i) =
        (2..first_verb.min(words.len() - 1)).find(|&i| caps[i] && past[i] && !caps[i + 1])
    {
        return Some(words[i].0);
    }
    // 2. the lede repeats the title's phrase: the title ends where the repeated run ends
    // (word keys compared as small numbers: equal numbers for equal keys)
    // (a word with nothing to trim has its lower-case form as key)
    let key_texts: Vec<std::borrow::Cow<str>> = words
        .iter()
        .zip(&lowered)
        .map(|((_, w), l)| {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric());
            if t.len() == w.len() {
                std::borrow::Cow::Borrowed(l.as_str())
            } else {
                std::borrow::Cow::Owned(lower(t))
            }
        })
        .collect();
    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(words.len());
    let keys: Vec<usize> = key_texts
        .iter()
        .map(|k| {
            let n = ids.len();
            *ids.entry(k.as_ref()).or_insert(n)
        })
        .collect();
    let mut boundary = None;
    for k in 1..first_verb.min(words.len().saturating_sub(3)) {
        for later in k + 2..words.len() {
            if keys[k] != keys[later] {
                continue;
            }
            let mut n = 0;
            while later + n < words.len() && k + n < later && keys[k + n] == keys[later + n] {
                n += 1;
            }
            // a run of three words, or a name of two (`Андреем Бочаровым`)
            let named = n == 2 && caps[k] && caps[k + 1];
            let mut end = k + n;
            // (and the name in the instrumental case the title's phrase ends with: `... с
            // губернатором Северной области Иваном Петровым` / `Президент встретился с
            // губернатором Северной области.`)
            while end + 1 < first_verb && caps[end] && instrumental(&lowered[end]) {
                end += 1;
            }
            if (n >= 3 || named) && end < first_verb && caps[end] {
                boundary = Some(boundary.map_or(end, |b: usize| b.max(end)));
            }
        }
    }
    if let Some(end) = boundary {
        return Some(words[end].0);
    }
    // 3. lede openers; but a title's `с` phrase that ends with a name in the instrumental case
    // before them ends the title there (`Встреча с губернатором Северной области Иваном
    // Петровым Губернатор доложил Президенту о ...`: not at `Президенту`)
    let instrumental_end = (first_verb < words.len())
        .then(|| after_instrumental_name(&lowered, &caps, first_verb))
        .flatten();
    for (i, &(off, _)) in words.iter().enumerate().skip(1) {
        let l = lowered[i].as_str();
        if let Some(after) = instrumental_end
            && after < i
        {
            return Some(words[after].0);
        }
        if lede_opener(l) && caps[i] && verb_after(i) {
            return Some(off);
        }
    }
    // 4. the capitalized run before the first past-tense verb, with a capitalized preposition
    // up to five words before it
    let verb = (0..words.len()).find(|&i| verb_at(i))?;
    let mut subject = None;
    for i in (1..verb).rev() {
        if caps[i] {
            let mut s = i;
            while s > 1 && caps[s - 1] {
                s -= 1;
            }
            subject = Some(s);
            break;
        }
    }
    let s = subject?;
    // a title's `с` phrase ends with a name in the instrumental case (`Встреча с начальником
    // Генштаба Иваном Петровым` / `Верховный Главнокомандующий заслушал ...`): the lede starts
    // after it, wherever the capitalized run before the verb started
    if let Some(after) = after_instrumental_name(&lowered, &caps, verb) {
        return Some(words[after].0);
    }
    for j in (s.saturating_sub(5).max(1)..s).rev() {
        if caps[j]
            && matches!(
                lowered[j].as_str(),
                "в" | "во"
                    | "на"
                    | "по"
                    | "с"
                    | "со"
                    | "после"
                    | "накануне"
                    | "in"
                    | "on"
                    | "at"
            )
        {
            return Some(words[j].0);
        }
    }
    Some(words[s].0)
}

/// In a flattened Russian header, the word after the name in the instrumental case that ends
/// a title's `с` phrase, before the lede's first verb at `verb`: after the surname (`Иваном
/// Петровым` / `Губернатор ...`), or after an indeclinable surname that follows the first name
/// (`Виталием Мутко` / `Генеральный директор ...`). `None` when no capitalized word follows
/// such a name.
fn after_instrumental_name(lowered: &[String], caps: &[bool], verb: usize) -> Option<usize> {
    let with = (0..verb).find(|&j| matches!(lowered[j].as_str(), "с" | "со"))?;
    let last = (with + 1..verb)
        .rev()
        .find(|&i| caps[i] && instrumental(&lowered[i]))?;
    let first_name = !(caps[last - 1] && instrumental(&lowered[last - 1]));
    let after = if first_name && last + 2 < verb && caps[last + 1] && caps[last + 2] {
        last + 2
    } else {
        last + 1
    };
    (after < verb && caps[after]).then_some(after)
}

/// On a page of colon labels (three or more), a paragraph that opens with the name of a
/// speaker the page labels with a colon, then a period (`Ivan Lind. Yes. Is there ...` among
/// `Ivan Lind:` labels), is given a period label candidate: the colon misprinted. Names of two
/// words or more in mixed case only (not `Yes.`, not a heading in capitals), before a
/// capitalized word. A paragraph that opens with a role word in lower case and reaches one of
/// those names and a colon within fourteen words, capitalized and small words only between
/// (`chairman of the Harbour Board Ivan Lind:`), is given that colon label.
fn period_for_colon(text: &str, units: &mut Units) {
    let Units { list, labels } = units;
    // the colon labels' names (a page's few speakers), sorted for lookups
    let mut names: Vec<&str> = Vec::new();
    for u in list.iter() {
        if let Some(c) = u.candidate(labels)
            && c.m.separator == Separator::Colon
            && c.m.start() == 0
            && c.shape.words >= 2
            && !c.shape.upper
            && c.shape.name_like()
        {
            names.push(&u.text(text)[c.m.start()..c.m.end()]);
        }
    }
    if names.len() < 3 {
        return;
    }
    names.sort_unstable();
    names.dedup();
    for u in list.iter_mut() {
        if u.has_label() || u.inline || u.blank_before == 0 || u.chrome.is_some() {
            continue;
        }
        let t = u.text(text);
        // a label whose role was printed in lower case (`chairman of the Harbour Board Ivan
        // Lind: Mr President, ...`, a link's text): up to twelve words opening with a role
        // word, then one of the names and its colon
        if t.starts_with(char::is_lowercase)
            && let Some(colon) = memchr::memchr(b':', words::prefix(t, 200).as_bytes())
            && t[..colon].split_once(' ').is_some_and(|(first, rest)| {
                // (then capitalized and small words only: not `acting on the advice of Tom
                // Vale:`, a sentence's clause)
                words::with_lower(first, words::is_role_word)
                    && rest.split(' ').all(|w| {
                        w.starts_with(char::is_uppercase)
                            || words::with_lower(w, words::is_small_word)
                    })
            })
            && word_count_capped(&t[..colon], 15) <= 14
            && names.iter().any(|n| {
                t[..colon]
                    .strip_suffix(*n)
                    .is_some_and(|r| r.ends_with(' '))
            })
        {
            let after = &t[colon + 1..];
            let speech = t.len() - after.trim_start_matches(' ').len();
            let m = LabelMatch::new(0, colon, speech, Separator::Colon);
            let shape = LabelShape::of(&t[..colon]);
            u.set_label(labels, Candidate { m, shape });
            continue;
        }
        // the text before each of the first few `. ` looked up among the names (a name may
        // hold one: `Mr. Ivan Lind. Yes.`), the longest found kept: a lookup, not a compare
        // with each name, so that a page of thousands of speakers costs a few per paragraph
        let head = &t.as_bytes()[..t.len().min(120)];
        let Some(end) = memchr::memmem::find_iter(head, b". ")
            .take(4)
            .filter(|&at| {
                names.binary_search(&&t[..at]).is_ok()
                    && t[at + 2..].starts_with(char::is_uppercase)
            })
            .last()
        else {
            continue;
        };
        let name = &t[..end];
        let m = LabelMatch::new(0, end, end + 2, Separator::Period);
        let shape = LabelShape::of(name);
        u.set_label(labels, Candidate { m, shape });
    }
}

/// Hearing prints (the Government Publishing Office's): a line that opens with a label in
/// mixed case closed by a period, then a capitalized word (`The Chairwoman. Good morning.`,
/// `Senator Quimby. Thank you.`, `Mr. Torvald. Thank you for ...`), is given a period label
/// candidate when the page prints two or more such labels, three times or more in all. A
/// label is `The` and a role word (`The Chairman`, `The Acting Chair`), or an honorific, rank
/// or role word and one or two capitalized words (`Mr. Torvald`, `Senator Ann Quimby`,
/// `Chairman Skelton`): at most four words, none but the first closed by a period before the
/// last. A sentence that opens so (`Senator Vale. He spoke ...`) is a page's once, not its
/// style; labels in capitals are [`crate::grammar::label::period_label`]'s.
fn mixed_period_labels(text: &str, units: &mut Units) {
    let Units { list, labels } = units;
    // (each candidate: its unit and where its period is)
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (k, u) in list.iter().enumerate() {
        if u.has_label() || u.inline || u.chrome.is_some() {
            continue;
        }
        // (a hard-wrapped line of a sentence going on from the line above: `... the
        // nominee,` / `Mr. Torvald. He has served ...`)
        if k > 0
            && u.blank_before == 0
            && (words::ends_mid_sentence(list[k - 1].text(text))
                || list[k - 1].text(text).ends_with(char::is_lowercase))
        {
            continue;
        }
        if let Some(end) = mixed_period_label(u.text(text)) {
            found.push((k, end));
        }
    }
    if found.len() < 3 {
        return;
    }
    let mut names: Vec<&str> = found
        .iter()
        .map(|&(k, end)| &list[k].text(text)[..end])
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.len() < 2 {
        return;
    }
    for (k, end) in found {
        let name = &list[k].text(text)[..end];
        let m = LabelMatch::new(0, end, end + 2, Separator::Period);
        let shape = LabelShape::of(name);
        list[k].set_label(labels, Candidate { m, shape });
    }
}

/// Examination transcripts (depositions, trials): a line opening with `Q.` or `A.` and
/// spaces, then a capital (`Q.   Where were you employed?` / `A.   At the harbour.`), is a
/// question's or an answer's label when the page prints each at least twice. The label is the
/// letter, a role label (`Q`, `A`).
fn examination_labels(text: &str, units: &mut Units) {
    let Units { list, labels } = units;
    let opening = |t: &str| -> Option<usize> {
        let rest = t.strip_prefix("Q.").or_else(|| t.strip_prefix("A."))?;
        let speech = rest.trim_start_matches(' ');
        (speech.len() < rest.len()
            && speech.starts_with(|c: char| c.is_uppercase() || QUOTES.contains(&c)))
        .then_some(t.len() - speech.len())
    };
    let found: Vec<(usize, usize)> = list
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.has_label() && !u.inline && u.chrome.is_none())
        .filter_map(|(k, u)| opening(u.text(text)).map(|at| (k, at)))
        .collect();
    let questions = found
        .iter()
        .filter(|&&(k, _)| list[k].text(text).starts_with('Q'))
        .count();
    if questions < 2 || found.len() - questions < 2 {
        return;
    }
    for (k, speech) in found {
        let t = list[k].text(text);
        let m = LabelMatch::new(0, 1, speech, Separator::Period);
        let shape = LabelShape::of(&t[..1]);
        list[k].set_label(labels, Candidate { m, shape });
    }
}

/// Parliamentary reports on the web (UK Hansard's pages): each contribution opens with the
/// speaker alone on a line over the speech, the first time with constituency and party in
/// brackets (`Ellen Marsh (Kessel North) (Lab)`) or as the office and the name (`The
/// Minister of State, Department for Transport (Tom Vale)`), later by the name alone (`Ellen
/// Marsh`). The bracketed lines are labels when the page prints two at least and one of their
/// names again alone over speech; then the lines of those names alone are labels too, as is a
/// name line printed twice or more (`Mr Speaker`). A heading over a paragraph is printed once
/// and names nobody in brackets.
fn name_line_labels(text: &str, units: &mut Units) {
    let Units { list, labels } = units;
    // (each candidate: its unit, its key, whether it has brackets)
    let mut found: Vec<(usize, String, bool)> = Vec::new();
    let mut offices = 0;
    for k in 0..list.len().saturating_sub(1) {
        let (u, next) = (&list[k], &list[k + 1]);
        if u.has_label() || u.inline || u.chrome.is_some() || u.stage.is_some() || next.inline {
            continue;
        }
        let t = u.text(text);
        if t.len() > 160 || words::ends_sentence(t) || t.contains(':') {
            continue;
        }
        // (the line's shape first: most lines are no name)
        let (person, bracketed) = match bracketed_name_line(t) {
            Some((person, office)) => (person, Some(office)),
            None if words::is_capitalized_name(t, 5) => (t, None),
            None => continue,
        };
        // (the speech: a sentence, or a line a paragraph goes on from)
        let speech = next.text(text);
        if !(words::ends_sentence(speech)
            || word_count_capped(speech, 8) >= 8
            || list
                .get(k + 2)
                .is_some_and(|n| n.blank_before == 0 && !n.inline))
        {
            continue;
        }
        offices += usize::from(bracketed == Some(true));
        found.push((k, words::key(person), bracketed.is_some()));
    }
    let bracketed = found.iter().filter(|f| f.2).count();
    // (each key: how often printed alone, and whether printed with brackets)
    let mut keys: HashMap<&str, (usize, bool)> = HashMap::with_capacity(found.len());
    for (_, key, with_brackets) in &found {
        let entry = keys.entry(key.as_str()).or_insert((0, false));
        if *with_brackets {
            entry.1 = true;
        } else {
            entry.0 += 1;
        }
    }
    // (an office holder answering, or three members at least: a list of people with their
    // towns, each over a line of their story, has neither)
    if bracketed < 2
        || offices == 0 && bracketed < 3
        || !keys
            .values()
            .any(|&(alone, with_brackets)| with_brackets && alone > 0)
    {
        return;
    }
    let accepted: Vec<usize> = found
        .iter()
        .filter(|f| {
            let (alone, with_brackets) = keys[f.1.as_str()];
            f.2 || with_brackets || alone >= 2
        })
        .map(|f| f.0)
        .collect();
    for k in accepted {
        let t = list[k].text(text);
        let m = LabelMatch::new(0, t.len(), t.len(), Separator::Line);
        let shape = LabelShape::of(t);
        list[k].set_label(labels, Candidate { m, shape });
    }
}

/// The person a bracketed name line names (see [`name_line_labels`]), and whether the line
/// names an office: the name before the notes, a member's constituency and party (`Ellen
/// Marsh (Kessel North) (Lab)`: both notes), or the name in the note after an office (`The
/// Minister of State, Department for Transport (Tom Vale)`, `The Prime Minister (Rosa
/// Vidal)`).
fn bracketed_name_line(t: &str) -> Option<(&str, bool)> {
    let (head, note) = t.strip_suffix(')')?.rsplit_once(" (")?;
    if note.contains(['(', ')']) || !note.starts_with(char::is_uppercase) {
        return None;
    }
    let office = head.starts_with("The ") || head.contains(", ");
    if office && words::is_capitalized_name(note, 5) && !head.ends_with(')') {
        return Some((note, true));
    }
    // (the constituency, then the party)
    let (name, place) = head.strip_suffix(')')?.rsplit_once(" (")?;
    (!place.contains(['(', ')'])
        && place.starts_with(char::is_uppercase)
        && note.len() <= 16
        && words::is_capitalized_name(name, 5))
    .then_some((name, false))
}

/// Where the period of a mixed-case period label opening `t` is (see [`mixed_period_labels`]).
fn mixed_period_label(t: &str) -> Option<usize> {
    let first = t.as_bytes().first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let head = words::prefix(t, 80);
    // (a period and a space within the first four words: most lines have none so early)
    memchr::memmem::find(head.as_bytes(), b". ")?;
    let mut words = head.split(' ');
    let w0 = words.next()?;
    let lead = w0.trim_end_matches('.');
    let the = lead == "The";
    if !the && words::honorific_words(&[w0]) == 0 && !words::with_lower(lead, words::is_role_word) {
        return None;
    }
    let mut pos = w0.len() + 1;
    for n in 1..4 {
        let w = words.next()?;
        let core = w.strip_suffix('.').unwrap_or(w);
        let capital = core.chars().next().is_some_and(char::is_uppercase)
            && core.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && core
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !words::is_all_caps(core);
        // (a name's particle inside it: `Ms. de Souza.`, `Rep. Van der Berg.`)
        if !the && core.len() == w.len() && words::is_name_particle(w) {
            pos += w.len() + 1;
            continue;
        }
        if !capital || (the && n == 1 && !words::with_lower(core, words::is_role_word)) {
            return None;
        }
        if core.len() < w.len() {
            // the period: then a capitalized word or a quotation (not an initial, `Mr. A.
            // Vale`, nor a second honorific)
            let next = t[pos + w.len()..].strip_prefix(' ')?;
            let opens = next.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"'));
            return (opens && core.len() > 1 && words::honorific_words(&[w]) == 0)
                .then_some(pos + core.len());
        }
        pos += w.len() + 1;
    }
    None
}

/// A dash label printed in title case with its dash glued to the speech (`Mr Ivan Lagi-Point
/// of order!` on a page of `Mr IVAN LAGI - ...` labels) is a label: the text before a hyphen
/// that joins a letter to a capital, looked up without case among the full names (an
/// honorific and two words or more, no role word; their notes, `(Kandep - Minister ...)`, left
/// out) of the page's dash labels, when the page has at least three such names. Every such
/// hyphen in the line's first 80 bytes is tried and the longest name found is taken (`Mr
/// Jean-Paul Lagi-Point`; `Mr Ivan Lagi-Smith-Point` when `Mr IVAN LAGI-SMITH` is labelled).
/// The name is printed in mixed case and the word after the hyphen is not in capitals (`MR IVAN
/// LAGI-SMITH SWORN IN` is a heading), nor a surname going on: the name with it is no label
/// of the page's, and no comma, auxiliary or reporting verb follows it (`Mr Ivan Lagi-Smith,
/// the new member ...`, `Mr Ivan Lagi-Smith will answer ...`). A name
/// nobody on the page is labelled with stays speech.
fn hyphen_for_dash(text: &str, units: &mut Units) {
    let Units { list, labels } = units;
    // the lower-cased names, sorted for lookups
    let mut names: Vec<String> = Vec::new();
    for u in list.iter() {
        if let Some(c) = u.candidate(labels)
            && c.m.separator == Separator::Dash
            && c.m.start() == 0
            && c.shape.honorific
            && !c.shape.role
            && c.shape.name_like()
        {
            let label = &u.text(text)[..c.m.end()];
            let name = label
                .split_once(" (")
                .map_or(label, |(name, _)| name)
                .trim_end();
            if word_count_capped(name, 3) >= 3 {
                names.push(words::lower(name));
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    if names.len() < 3 {
        return;
    }
    let known = |s: &str| names.binary_search(&words::lower(s)).is_ok();
    for u in list.iter_mut() {
        if u.has_label() || u.inline || u.blank_before == 0 || u.chrome.is_some() {
            continue;
        }
        let t = u.text(text);
        let head = words::prefix(t, 80);
        let Some(at) = memchr::memchr_iter(b'-', head.as_bytes()).rfind(|&at| {
            let (name, rest) = (&head[..at], &head[at + 1..]);
            // the word after the hyphen, and the name with it
            let word_end = rest.find([' ', '-', ',']).unwrap_or(rest.len());
            let word = &rest[..word_end];
            name.ends_with(char::is_alphabetic)
                && rest.starts_with(char::is_uppercase)
                && !words::is_all_caps(name)
                && (word.chars().count() <= 1 || !words::is_all_caps(word))
                && !rest[word_end..].starts_with(',')
                && !rest[word_end..]
                    .trim_start()
                    .split(' ')
                    .next()
                    .is_some_and(|next| {
                        words::with_lower(next, |l| {
                            words::is_auxiliary(l) || label::is_reporting_verb(l)
                        })
                    })
                && !known(&head[..at + 1 + word_end])
                && known(name)
        }) else {
            continue;
        };
        let m = LabelMatch::new(0, at, at + 1, Separator::Dash);
        let shape = LabelShape::of(&t[..at]);
        u.set_label(labels, Candidate { m, shape });
    }
}

/// Whether a lower-cased Russian word ends as a noun, adjective or name in the instrumental
/// case does (`иваном`, `петровым`, `сергеем`, `ольгой`, `новой`).
fn instrumental(l: &str) -> bool {
    l.chars().count() >= 4
        && ["ым", "им", "ем", "ом", "ой", "ей"]
            .iter()
            .any(|e| l.ends_with(e))
}

/// The first `max` words of `s` (split at single spaces, empty pieces skipped) with their byte
/// offsets.
fn word_offsets(s: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for w in s.split(' ') {
        if out.len() == max {
            break;
        }
        if !w.is_empty() {
            out.push((pos, w));
        }
        pos += w.len() + 1;
    }
    out
}

/// Decide which label candidates this document accepts (see [`crate::assemble`] for zones).
///
/// Strong styles are accepted on their own: upper-case labels, initial-and-surname labels,
/// role labels (`Q`, `Question`, `Remark`, `Вопрос`), Markdown bold, dash labels with an
/// honorific, period labels with an honorific or `The`. Mixed-case labels (`Ryan Chilcote:`)
/// need support from the page: the same label or its surname used again, a role word, or a
/// style shared by several candidates; and speech after them, not a short value
/// (`Full Debate: View Full Debate`).
pub(crate) fn accept_labels(text: &str, units: &mut Units) {
    period_for_colon(text, units);
    hyphen_for_dash(text, units);
    mixed_period_labels(text, units);
    examination_labels(text, units);
    name_line_labels(text, units);
    let Units {
        list: units,
        labels,
    } = units;
    let labels: &[Candidate] = labels;
    // the browser title line a scraper prints first (`HEADLINE - Site Name 2021-02-11`) holds
    // no label, whatever its headline reads like (`COMMUNICATIONS FROM THE CHAIR - ...`)
    if let Some(first) = units.first_mut()
        && first.has_label()
        && boilerplate::browser_title_date(first.text(text)).is_some()
    {
        first.clear_label();
    }
    // nor does the headline it names, printed as a heading under it (`HARBOUR. - Island Record
    // 2031-04-09` over `HARBOUR.`, a page cut from a record at a word of its speech), when that
    // reads as a label without an honorific or a role
    if let Some(first) = units.first()
        && let Some(date_at) = boilerplate::browser_title_date(first.text(text))
    {
        let line = &first.text(text)[..date_at];
        if let Some(headline) = boilerplate::SITE_SEPARATORS
            .iter()
            .find_map(|sep| line.rsplit_once(sep))
            .map(|(head, _)| head.trim())
        {
            // (printed twice, as these pages print their headings, it is a heading whatever
            // it reads like: `HON. X.- 42.` over `HON. X.- 42.`, the page cut at a label's
            // first words; a label alone, `SECRETARY-GENERAL.-`, still opens the speech under
            // its last copy)
            let copies = units
                .iter()
                .skip(1)
                .take(40)
                .filter(|u| u.text(text) == headline)
                .count();
            for u in units.iter_mut().skip(1).take(40) {
                if u.has_label()
                    && u.text(text) == headline
                    && (copies >= 2 && u.candidate(labels).is_some_and(|m| !m.alone(headline))
                        || u.shape(labels).is_some_and(|s| !s.honorific && !s.role))
                {
                    u.clear_label();
                }
            }
        }
    }
    // how often each label key appears, and whether its every line opens its speech with a
    // quotation mark (`Germany: “We ...”` / `Germany: “The ruling ...”`: a source quoted, not
    // a speaker); and how often each last word (surname) appears. (One map for the first two:
    // they share their keys, and a page's per-page tables weigh on a short page's peak memory.)
    let mut counts: KeyTable<(u32, bool)> = KeyTable::new();
    let mut surnames: KeyTable<u32> = KeyTable::new();
    let mut bold_colon_inside = 0;
    let mut bold_colon_outside = 0;
    let mut seen_lines: KeyTable<()> = KeyTable::new();
    // labels alone on their line printed again (`Ana Reyes:` over each of her answers)
    let mut alone_again: KeyTable<()> = KeyTable::new();
    // keys are written into these and copied only when new
    let (mut buf, mut word) = (String::new(), String::new());
    for u in units.iter() {
        let (Some(m), Some(shape)) = (u.candidate(labels), u.shape(labels)) else {
            continue;
        };
        if !shape.name_like() {
            continue;
        }
        let t = u.text(text);
        // a heading printed twice is not a label used twice: count a label again only with
        // speech that starts differently
        // the first three pieces of `split(' ')` joined by `' '`: the text up to the third space
        let speech = &t[m.speech()..];
        let opening = memchr::memchr_iter(b' ', speech.as_bytes())
            .nth(2)
            .map_or(speech, |at| &speech[..at]);
        opening_key(&t[m.start()..m.end()], opening, &mut buf, &mut word);
        if !seen_lines.insert(&buf, || ()).1 {
            // (a label alone on its line has no opening words of its own: counted apart)
            if speech.trim().is_empty() {
                words::key_into(core_label(&t[m.start()..m.end()]), &mut buf);
                alone_again.insert(&buf, || ());
            }
            continue;
        }
        let label = &t[m.start()..m.end()];
        words::key_into(core_label(label), &mut buf);
        let quoted = speech.starts_with(QUOTES);
        let ((n, all), _) = counts.insert(&buf, || (0, true));
        *n = n.saturating_add(1);
        *all &= quoted;
        if let Some(last) = core_label(label).split(' ').rfind(|w| !w.is_empty()) {
            words::key_into(last, &mut buf);
            let (n, _) = surnames.insert(&buf, || 0);
            *n = n.saturating_add(1);
        }
        if m.bold {
            if t[m.end()..].starts_with("**") {
                bold_colon_outside += 1;
            } else {
                bold_colon_inside += 1;
            }
        }
    }
    let mixed_candidates = units
        .iter()
        .enumerate()
        .filter(|(i, u)| {
            u.shape(labels)
                .is_some_and(|s| !s.upper && !s.initials && s.name_like())
                && u.candidate(labels).is_some_and(|m| {
                    m.separator == Separator::Colon && {
                        let t = u.text(text);
                        let speech = &t[m.speech()..];
                        m.alone(t) || ends_sentence(speech) || word_count_capped(speech, 5) >= 5
                    }
                })
                && !key_value_run(text, units, labels, *i)
        })
        .count();
    let upper_dash = units
        .iter()
        .filter(|u| {
            u.candidate(labels).is_some_and(|m| {
                m.separator == Separator::Dash
                    && caps_after_honorific(&u.text(text)[m.start()..m.end()])
            })
        })
        .count();
    // a period label is followed by speech in ordinary casing: on a page printed in capitals
    // (live captions), `WE EXPECT FORTY THOUSAND CUBIC METRES.` is speech, not a label
    let caps_speech: Vec<bool> = (0..units.len())
        .map(|i| {
            let u = &units[i];
            let Some(m) = u.candidate(labels) else {
                return false;
            };
            let t = u.text(text);
            let speech = &t[m.speech()..];
            let speech = if speech.trim().is_empty() {
                units.get(i + 1).map_or("", |n| n.text(text))
            } else {
                speech
            };
            words::is_all_caps(speech)
        })
        .collect();
    let period_candidates = (0..units.len())
        .filter(|&i| {
            let u = &units[i];
            u.candidate(labels)
                .is_some_and(|m| m.separator == Separator::Period)
                && u.shape(labels).is_some_and(LabelShape::name_like)
                && !caps_speech[i]
        })
        .count();
    // name-like candidates by shape, in one walk: colon labels (against which a lone period
    // label is off the page's style), labels over link bars, and labels of any shape but the
    // weak `Q Is ...` form
    let (mut colon_candidates, mut line_labels, mut other_labels) = (0, 0, 0);
    // (and colon labels of two words or more in capitals, `THE PRESIDENT:`)
    let mut upper_colon = 0;
    for u in units.iter() {
        let (Some(m), Some(shape)) = (u.candidate(labels), u.shape(labels)) else {
            continue;
        };
        if !shape.name_like() {
            continue;
        }
        match m.separator {
            Separator::Colon if shape.upper && shape.words >= 2 => {
                colon_candidates += 1;
                upper_colon += 1;
            }
            Separator::Colon => colon_candidates += 1,
            Separator::Line => line_labels += 1,
            _ => {}
        }
        if m.separator != Separator::Spaces {
            other_labels += 1;
        }
    }
    let any_q = units.iter().any(|u| {
        u.candidate(labels).is_some_and(|m| {
            m.separator == Separator::Spaces && !u.text(text)[m.speech()..].is_empty()
        })
    });
    for i in 0..units.len() {
        let Some(Candidate { m, shape }) = units[i].candidate(labels) else {
            continue;
        };
        let t = units[i].text(text);
        let label_text = &t[m.start()..m.end()];
        let speech = &t[m.speech()..];
        let alone = m.alone(t);
        // (a line whose candidate reads as prose, `It works in 4 steps: ...`, is text)
        let next_is_text = units.get(i + 1).is_some_and(|n| {
            n.chrome.is_none()
                && !n.shape(labels).is_some_and(LabelShape::name_like)
                && n.stage.is_none()
        });
        if alone && !next_is_text && !matches!(m.separator, Separator::Spaces | Separator::Line) {
            continue;
        }
        if matches!(units[i].chrome, Some((_, Strength::Weak))) && !shape.upper {
            continue;
        }
        words::key_into(core_label(label_text), &mut buf);
        let repeated = counts.get(&buf).map_or(0, |c| c.0) >= 2
            || core_label(label_text)
                .split(' ')
                .rfind(|w| !w.is_empty())
                .is_some_and(|last| {
                    words::key_into(last, &mut buf);
                    surnames.get(&buf).copied().unwrap_or(0) >= 2
                });
        let printed_again = repeated || {
            words::key_into(core_label(label_text), &mut buf);
            alone_again.get(&buf).is_some()
        };
        let accepted = match m.separator {
            Separator::Spaces if m.glued => other_labels >= 2,
            Separator::Spaces => any_q || alone || speech.len() > 1,
            Separator::Dash => caps_after_honorific(label_text) || upper_dash >= 2,
            // the layout repeats: two labels over link bars at least
            Separator::Line => shape.name_like() && line_labels >= 2,
            // (the reporting formula is enough: `HON. A. LIND asked the Government, ...:`)
            Separator::Asked => shape.name_like(),
            Separator::Period => {
                shape.name_like()
                    && !caps_speech[i]
                    // one `The UK. Likewise, ...` on a page of colon labels is a sentence; a
                    // speaker's name the page prints as a colon label is a misprint (`Ivan
                    // Lind. Yes.` among `Ivan Lind:`, [`period_for_colon`])
                    && !(period_candidates <= 1
                        && colon_candidates >= 3
                        && !shape.honorific
                        && !(repeated && shape.words >= 2 && !shape.upper))
                    && (label_text.contains(' ')
                        && (shape.honorific || lower(label_text).starts_with("the "))
                        || repeated
                        || alone
                        || period_candidates >= 3)
            }
            Separator::Colon => {
                if !shape.name_like() {
                    // a long role before a name opening a paragraph of speech, on a page of
                    // colon labels (a participant's first turn at a meeting: `Head of the
                    // Federal Service for ... Anna Reyes: Mr President, ...`)
                    // (or alone on its line over the speech: `Head of the ... Service Anna
                    // Reyes:` / `Mr President, ...`)
                    let speech_below = alone
                        && units.get(i + 1).is_some_and(|n| {
                            n.chrome.is_none()
                                && !n.has_label()
                                && n.stage.is_none()
                                && n.text(text).starts_with(char::is_uppercase)
                        });
                    colon_candidates >= 3
                        && m.start() == 0
                        && !units[i].inline
                        && !m.bold
                        && (speech.starts_with(char::is_uppercase) || speech_below)
                        && (units[i].blank_before > 0
                            || i == 0
                            || ends_sentence(units[i - 1].text(text)))
                        && shape.long_role_label(label_text)
                } else if m.bold {
                    // `**Name:**` and `**Name**:` are different styles; the rarer one is not a label
                    let outside = t[m.end()..].starts_with("**");
                    if outside {
                        bold_colon_outside >= bold_colon_inside
                    } else {
                        bold_colon_inside >= bold_colon_outside
                    }
                } else if shape.upper || shape.initials || shape.role_label {
                    // (one letter printed once before words in lower case is a quotation's
                    // or an outline's, not a speaker's: `I: will not sign`, `Я: служу`; so is
                    // a role label in mixed case, a speaker's own question in a monologue:
                    // `Question: at what expense? ...`)
                    let letter_before_lower = !repeated
                        && (label_text.chars().count() == 1 || shape.role_label && !shape.upper)
                        && speech.starts_with(char::is_lowercase);
                    (!m.glued || shape.upper) && !letter_before_lower
                } else if !shape.role
                    && speech.starts_with(QUOTES)
                    && (!repeated
                        || shape.words == 1 && {
                            words::key_into(core_label(label_text), &mut buf);
                            counts.get(&buf).is_none_or(|c| c.1)
                        })
                {
                    // `Germany: “We will ...”`: a quotation of a country, a paper, a saying;
                    // printed again, a one-word name each of whose lines opens with a
                    // quotation mark (a person's name is two words: an interview may print
                    // every answer in quotation marks)
                    false
                } else {
                    // (`Rostov-on-Don: a problem with ...`, `... First question to Ivan
                    // Petrovich: how ...`: a once-printed compound or phrase whose words go on
                    // in lower case explains, it does not speak; a name or a role may, on a
                    // page machine translated or transcribed as said: `Ilya Lind: good
                    // Morning`, `Caller: yeah hi`)
                    let lower_start = !repeated
                        && (shape.words == 1 && label_text.contains('-') || shape.lower_words > 0)
                        && speech.starts_with(char::is_lowercase);
                    let speechlike = (alone
                        || ends_sentence(speech)
                        || word_count_capped(speech, 8) >= 8
                        || speech.ends_with([',', '—', '-', '–'])
                        || repeated)
                        && !lower_start;
                    // (a name in capitals after an honorific, `Ms ANNA KOVU:`, is printed as
                    // a speaker's, a witness heard once among `CHAIR:` turns)
                    let supported = repeated
                        || shape.role
                        || mixed_candidates >= 2
                        || shape.wide_gap
                        || shape.honorific && shape.words >= 2 && caps_after_honorific(label_text)
                        || shape.words >= 2 && named_elsewhere(text, core_label(label_text));
                    // a name printed once in mixed case on a page that prints its speakers in
                    // capitals (`THE PRESIDENT:`) is the speaker's list of people, not a
                    // speaker: `... like Anna Lind: She voted against it`
                    let off_style = upper_colon >= 3 && !repeated && !shape.honorific;
                    // a plain name alone on its line over a block quotation, on a page that
                    // prints its speakers in bold (`**Ann Lee:**`), names whom the host quotes:
                    // `Ivan Lind:` / `> There is no longer a prize ...`
                    let quoted = alone
                        && !repeated
                        && bold_colon_inside + bold_colon_outside > 0
                        && units
                            .get(i + 1)
                            .is_some_and(|n| n.text(text).starts_with('>'));
                    speechlike
                        && supported
                        && !off_style
                        && !quoted
                        && !key_value_run(text, units, labels, i)
                }
            }
        };
        // `... approved by the` / `EU: the rest is paid`: a line wrapped mid-sentence
        // (a label alone on its line, under a bar of links or a line of chrome, is no
        // sentence's)
        let mid_sentence = i > 0
            && units[i].blank_before == 0
            && !units[i].inline
            && m.separator != Separator::Line
            && !shape.role_label
            && !shape.honorific
            && !shape.initials
            && !m.bold
            && {
                let prev = units[i - 1].text(text);
                if shape.words <= 2 {
                    // a one-off `GDP.` on a hard-wrapped line is the end of a sentence
                    words::ends_mid_sentence(prev)
                        || m.separator == Separator::Period
                            && shape.words == 1
                            && !ends_sentence(prev)
                            && !prev.ends_with(':')
                } else {
                    // `... my nominee to be` / `Ambassador to Belize: Ann Lee.`: a longer
                    // mixed-case label after a line that stops on a function word; `... Prime
                    // Minister` / `Albanese, Prime Minister Kishida, and President Biden: I
                    // am pleased`: a list of names going on from a line with no sentence end
                    // `... He told the Senate` / `Armed Services Committee:` over the quotation:
                    // a label printed once, alone on its line, going on from a line of prose
                    // (three words in lower case at least: not a dateline or a menu)
                    let prose = || {
                        prev.split(' ')
                            .filter(|w| w.starts_with(char::is_lowercase))
                            .take(3)
                            .count()
                            == 3
                    };
                    !shape.upper
                        && (words::ends_on_function_word(prev) && !printed_again
                            || (label_text.contains(',') || alone && !printed_again && prose())
                                && !ends_sentence(prev)
                                && !prev.ends_with([':', ')']))
                }
            };
        // `... Homeland Security Advisor` / `Dr. Lind-Rask- — -Rasko led a delegation`: a
        // dash label in title case on a hard-wrapped line that goes on with a sentence is the
        // sentence's (a stammer, a hyphenated name), whatever honorific it opens with
        let wrapped_dash = m.separator == Separator::Dash
            && i > 0
            && units[i].blank_before == 0
            && !units[i].inline
            && !shape.upper
            && units[i - 1].chrome.is_none()
            && {
                let prev = units[i - 1].text(text);
                !ends_sentence(prev) && !prev.ends_with([':', ')'])
            };
        // `SECTION. 1. SHORT TITLE.`: a numbered heading, not a speaker
        let numbered_heading = m.separator == Separator::Period
            && t[m.speech()..].starts_with(|c: char| c.is_ascii_digit());
        // `HON. J: USAMATE asked the Government`: a label cut in two by a typo, the surname
        // after the colon
        let cut_in_two = shape.bare_initials
            && speech
                .split(' ')
                .next()
                .is_some_and(|w| w.chars().count() >= 2 && words::is_all_caps(w));
        // `HON. A. LEE: Pgs 2,6,7`: an entry of a speakers' index, the pages they speak on, is
        // page furniture
        if page_reference(speech) {
            units[i].clear_label();
            units[i].chrome = Some((BoilerplateKind::PageFurniture, Strength::Strong));
            continue;
        }
        units[i].accepted =
            accepted && !mid_sentence && !wrapped_dash && !numbered_heading && !cut_in_two;
    }
}

/// Whether `s` is only a reference to pages, as an index prints it after a name: `Pgs 2,6,7`,
/// `Pg 4`, `Page 12`, `Pages 3-5`, `pp. 3–5`, `p. 9`, `стр. 4`.
fn page_reference(s: &str) -> bool {
    let s = s.trim();
    let Some((word, rest)) = s.split_once([' ', '.']) else {
        return false;
    };
    let is_page_word = words::with_lower(word, |w| {
        matches!(w, "pg" | "pgs" | "page" | "pages" | "p" | "pp" | "стр")
    });
    let rest = rest.trim_start_matches(['.', ' ']);
    is_page_word
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–' | '.' | '&'))
}

/// The quotation marks that open a quoted source's words after its name and a colon.
const QUOTES: [char; 4] = ['“', '"', '«', '„'];

/// Whether the last word of a one-off label (a surname) is printed elsewhere on the page, as in
/// a title naming the speaker (`Ilya Kormilin's meeting ...` above `Ilya Kormilin: ...`).
fn named_elsewhere(text: &str, label: &str) -> bool {
    let Some(surname) = label.split(' ').rfind(|w| w.chars().count() >= 3) else {
        return false;
    };
    memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes())
        .take(2)
        .count()
        >= 2
}

/// The key of a label with the opening words of its speech, written into `out` (`word` is a
/// second buffer).
fn opening_key(label: &str, opening: &str, out: &mut String, word: &mut String) {
    words::key_into(label, out);
    out.push('\u{0}');
    words::key_into(opening, word);
    out.push_str(word);
}

/// A per-page table from key strings (lower-cased labels, surnames, openings) to values, its
/// keys written one after another into one string: one allocation for all the keys instead of
/// one each, and 8 bytes of position per entry (a short page's peak memory is mostly such
/// tables). Keys are compared whole, so two keys never share an entry. Once the keys pass 4 GiB,
/// new keys are no longer kept: [`KeyTable::insert`] then hands out a scratch value, and
/// [`KeyTable::get`] finds nothing for them.
struct KeyTable<V> {
    keys: String,
    entries: hashbrown::HashTable<(u32, u32, V)>,
    state: foldhash::fast::FixedState,
    scratch: Option<V>,
}

impl<V> KeyTable<V> {
    fn new() -> Self {
        KeyTable {
            keys: String::new(),
            entries: hashbrown::HashTable::new(),
            state: foldhash::fast::FixedState::with_seed(0),
            scratch: None,
        }
    }

    fn key<'k>(keys: &'k str, &(start, len, _): &(u32, u32, V)) -> &'k str {
        &keys[start as usize..start as usize + len as usize]
    }

    /// The value of `key`, if it was inserted.
    fn get(&self, key: &str) -> Option<&V> {
        let hash = std::hash::BuildHasher::hash_one(&self.state, key);
        self.entries
            .find(hash, |e| Self::key(&self.keys, e) == key)
            .map(|(_, _, v)| v)
    }

    /// The value of `key`, made by `new` when the key is not in the table yet, and whether it
    /// was new (the key is copied only then).
    fn insert(&mut self, key: &str, new: impl FnOnce() -> V) -> (&mut V, bool) {
        let hash = std::hash::BuildHasher::hash_one(&self.state, key);
        let (keys, state) = (&mut self.keys, &self.state);
        match self.entries.entry(
            hash,
            |e| Self::key(keys, e) == key,
            |e| std::hash::BuildHasher::hash_one(state, Self::key(keys, e)),
        ) {
            hashbrown::hash_table::Entry::Occupied(o) => (&mut o.into_mut().2, false),
            hashbrown::hash_table::Entry::Vacant(v) => {
                match (u32::try_from(keys.len()), u32::try_from(key.len())) {
                    (Ok(start), Ok(len)) if start.checked_add(len).is_some() => {
                        keys.push_str(key);
                        (&mut v.insert((start, len, new())).into_mut().2, true)
                    }
                    _ => (self.scratch.insert(new()), true),
                }
            }
        }
    }
}

/// Whether a label is printed in capitals after its honorific (`Mr JAMES MARAPE`).
fn caps_after_honorific(label: &str) -> bool {
    let core = core_label(label);
    let words: Vec<&str> = core.split(' ').filter(|w| !w.is_empty()).collect();
    let h = words::honorific_words(&words);
    h < words.len() && words::is_all_caps(&words[h..].join(" "))
}

/// A label with its notes and pasted pop-up text removed, for counting repeats.
pub(crate) fn core_label(label: &str) -> &str {
    // (a label is short: a plain scan, not a substring searcher built per call)
    let cut = label
        .as_bytes()
        .windows(3)
        .position(|w| w == b"   ")
        .unwrap_or(label.len());
    let cut = label[..cut].find('(').unwrap_or(cut);
    label[..cut].trim()
}

/// Whether unit `i` sits in a run of `Key: short value` lines (form or forum chrome). A
/// transcript marker, caption, page furniture or related-links widget beside it is no such
/// line: `* * *` over `President Anna Lind: Good afternoon, colleagues,` opens the speech, and
/// so does that line over a `See also` widget.
fn key_value_run(text: &str, units: &[Unit], labels: &[Candidate], i: usize) -> bool {
    let kv = |u: &Unit| {
        u.candidate(labels).is_some_and(|m| {
            let t = u.text(text);
            let v = &t[m.speech()..];
            !ends_sentence(v) && word_count_capped(v, 4) <= 4
        }) || u.chrome.is_some_and(|(kind, _)| {
            !matches!(
                kind,
                BoilerplateKind::TranscriptMarker
                    | BoilerplateKind::Caption
                    | BoilerplateKind::PageFurniture
                    | BoilerplateKind::Related
            )
        })
    };
    let prev = i > 0 && kv(&units[i - 1]);
    let next = units.get(i + 1).is_some_and(kv);
    kv(&units[i]) && (prev || next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_table_keeps_each_key_once_and_compares_keys_whole() {
        let mut t: KeyTable<u32> = KeyTable::new();
        assert_eq!(t.insert("lind", || 0), (&mut 0, true));
        *t.insert("lind", || 7).0 += 2;
        assert_eq!(t.insert("lin", || 5), (&mut 5, true));
        assert_eq!(t.insert("lind", || 9), (&mut 2, false));
        assert_eq!(t.get("lind"), Some(&2));
        assert_eq!(t.get("lin"), Some(&5));
        assert_eq!(t.get("li"), None);
        assert_eq!(t.get("lindd"), None);
        // the keys are kept one after another, each once
        assert_eq!(t.keys, "lindlin");
    }

    #[test]
    fn a_title_ends_after_its_name_in_the_instrumental_case() {
        fn cut(head: &str) -> Option<&str> {
            lede_start(head).map(|at| &head[at..])
        }
        // the surname declined, a subject run after it
        assert_eq!(
            cut(
                "Встреча с начальником штаба Иваном Петровым Верховный Главнокомандующий заслушал доклад начальника штаба."
            ),
            Some("Верховный Главнокомандующий заслушал доклад начальника штаба.")
        );
        // an indeclinable surname after the first name, a role opening the lede
        assert_eq!(
            cut(
                "Встреча с директором «Порт» Виталием Лейко Генеральный директор компании «Порт» Виталий Лейко доложил Президенту о работе."
            ),
            Some("Генеральный директор компании «Порт» Виталий Лейко доложил Президенту о работе.")
        );
        // the lede repeats the title's phrase before the name
        assert_eq!(
            cut(
                "Встреча с губернатором Северной области Иваном Петровым Президент встретился с губернатором Северной области в Кремле."
            ),
            Some("Президент встретился с губернатором Северной области в Кремле.")
        );
        // a lede opener after the lede's first verb does not open it
        assert_eq!(
            cut(
                "Встреча с губернатором Северной области Иваном Петровым Губернатор доложил Президенту о работе порта и информировал о планах."
            ),
            Some("Губернатор доложил Президенту о работе порта и информировал о планах.")
        );
        // while a title that holds its own verb is cut at the opener after it
        assert_eq!(
            cut("Иван Петров посетил северный порт «Линд» Президент осмотрел причалы порта."),
            Some("Президент осмотрел причалы порта.")
        );
    }

    #[test]
    fn page_references_are_seen() {
        for s in [
            "Pgs 2,6,7",
            "Pg 4",
            "Page 12",
            "Pages 3-5",
            "pp. 3–5",
            "p. 9",
            "стр. 4",
        ] {
            assert!(page_reference(s), "{s}");
        }
        for s in [
            "Page 4 of the report says so.",
            "Pgs",
            "P. Lind",
            "2,6,7",
            "Pages: see",
        ] {
            assert!(!page_reference(s), "{s}");
        }
    }

    #[test]
    fn a_unit_stays_small() {
        // a long page has hundreds of thousands of units: 20 bytes each, the label candidate
        // and its shape in the page's table
        assert_eq!(std::mem::size_of::<Unit>(), 20);
        // (one in a few lines has a candidate: 32 bytes with its shape)
        assert_eq!(std::mem::size_of::<Candidate>(), 32);
    }

    fn unit_texts(text: &str) -> Vec<String> {
        units(text, &[])
            .list
            .iter()
            .map(|u| u.text(text).to_string())
            .collect()
    }

    #[test]
    fn flattened_line_is_cut_at_labels_after_sentence_ends() {
        let text = "Ответы на вопросы журналистов Вопрос: Как прошли переговоры? А.Громов: Конструктивно. Мы обсудили три темы: энергетику, транспорт и связь.";
        let got = unit_texts(text);
        assert_eq!(
            got,
            vec![
                "Ответы на вопросы журналистов",
                "Вопрос: Как прошли переговоры?",
                "А.Громов: Конструктивно. Мы обсудили три темы: энергетику, транспорт и связь."
            ]
        );
    }

    #[test]
    fn flattened_header_is_cut_into_title_lede_date_place() {
        let text = "События Встреча с губернатором Заречной области Иваном Петровым Президент провёл рабочую встречу с губернатором. 5 мая 2025 года 13:40 Москва, Кремль В.Путин: Добрый день! Как дела в области? И.Петров: Всё хорошо, спасибо. <…> Статус материала Опубликован в разделах: Новости";
        let got = unit_texts(text);
        assert_eq!(
            got,
            vec![
                "События",
                "Встреча с губернатором Заречной области Иваном Петровым",
                "Президент провёл рабочую встречу с губернатором.",
                "5 мая 2025 года 13:40",
                "Москва, Кремль",
                "В.Путин: Добрый день! Как дела в области?",
                "И.Петров: Всё хорошо, спасибо.",
                "<…>",
                "Статус материала",
                "Опубликован в разделах: Новости",
            ]
        );
    }

    #[test]
    fn lede_subject_after_the_time_is_no_place() {
        // no place after the time: the lede opens with the President's name or role and a verb
        let text = "Телефонный разговор с Президентом Заречии Иваном Костиным Состоялся разговор с Президентом Заречии. 3 июня 2025 года 12:10 Президент России поблагодарил коллегу за тёплые слова и пожелал успехов.";
        let got = unit_texts(text);
        assert_eq!(
            got.last().map(String::as_str),
            Some("Президент России поблагодарил коллегу за тёплые слова и пожелал успехов.")
        );
        // a place before the lede's capital stays a place, even a city named as a person is
        let text = "Встреча с учёными Заречии Президент встретился с учёными. 3 июня 2025 года 12:10 Владимир Владимир Путин осмотрел научный центр.";
        let got = unit_texts(text);
        assert!(got.contains(&"Владимир".to_string()), "{got:?}");
        let text = "Встреча с учёными Заречии Президент встретился с учёными. 3 июня 2025 года 12:10 Новосибирск Встреча прошла в научном центре.";
        let got = unit_texts(text);
        assert!(got.contains(&"Новосибирск".to_string()), "{got:?}");
    }

    #[test]
    fn related_widget_in_flattened_speech_is_one_unit() {
        let text = "Заголовок страницы Вопрос: Что дальше? Смотрите также Встреча с министром обороны 19 апреля 2025 года В.Путин: Работа продолжается, и это главное для нас всех сейчас.";
        let got = unit_texts(text);
        assert!(got.contains(
            &"Смотрите также Встреча с министром обороны 19 апреля 2025 года".to_string()
        ));
        assert!(got.contains(&"Вопрос: Что дальше?".to_string()));
    }

    #[test]
    fn prose_colons_are_not_label_candidates_accepted() {
        let text = "IGOR BELOV: We seized more in 2019: 1,200 kg in total.\nThe figures break down as follows: 800 kg at the border.\nANNA FROLOVA: One question: what about the ports?\nEnter your email:\n";
        let mut us = units(text, &[]);
        accept_labels(text, &mut us);
        let accepted: Vec<bool> = us.list.iter().map(|u| u.accepted).collect();
        assert_eq!(accepted, vec![true, false, true, false]);
    }

    #[test]
    fn key_value_chrome_is_not_a_label() {
        let text = "Full Debate: View Full Debate\nDepartment: Leader of the House\nSittings of the House\nRyan Chilcote: Welcome, everyone, to the plenary session.\nRyan Chilcote: Thank you.\n";
        let mut us = units(text, &[]);
        accept_labels(text, &mut us);
        let accepted: Vec<bool> = us.list.iter().map(|u| u.accepted).collect();
        assert_eq!(accepted, vec![false, false, false, true, true]);
    }
}
