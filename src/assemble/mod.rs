//! Stage 4: assemble. Units are sorted into zones before kinds: a *header* (chrome, title,
//! dates, byline, dateline, lede), a *body* (from the first accepted speaker label to the end of
//! the last turn's speech) and a *footer* (what follows). Each zone then gives each unit exactly
//! one home: a header field, a turn (speech paragraph or stage direction), a body paragraph or a
//! boilerplate block. Nothing is dropped: every unit ends up in some output block.

mod body;
mod front_matter;
mod header;

use crate::classify::{Candidate, Unit, Units};
use crate::grammar::boilerplate::{self, Strength};
use crate::grammar::date::{self, DateMatch, Numeric};
use crate::grammar::label::Separator;
use crate::grammar::words::{ends_sentence, word_count_capped};
use crate::model::{BoilerplateKind, DateKind, FrontMatterEntry, StageKind};
use crate::options::{DateOrder, ParseOptions};
use chrono::{NaiveDate, NaiveTime};

/// How often each line text is printed on a page, for finding repeated lines.
///
/// A map from text to count costs 24 bytes a line; this table keeps the line's range as two
/// `u32` offsets and its count (12 bytes), hashing and comparing by the text itself.
pub(crate) struct LineCounts<'t> {
    text: &'t str,
    table: hashbrown::HashTable<(u32, u32, u32)>,
    state: foldhash::fast::RandomState,
}

impl<'t> LineCounts<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        LineCounts {
            text,
            table: hashbrown::HashTable::new(),
            state: foldhash::fast::RandomState::default(),
        }
    }

    /// The text of a table entry.
    fn slice(text: &'t str, &(s, e, _): &(u32, u32, u32)) -> &'t str {
        &text[s as usize..e as usize]
    }

    /// Count one more printing of `u`'s text (a unit past 4 GiB is not counted).
    pub(crate) fn add(&mut self, u: &Unit) {
        let (Ok(s), Ok(e)) = (u32::try_from(u.start()), u32::try_from(u.end())) else {
            return;
        };
        let t = &self.text[u.start()..u.end()];
        let hash = std::hash::BuildHasher::hash_one(&self.state, t);
        let (text, state) = (self.text, &self.state);
        match self.table.entry(
            hash,
            |entry| Self::slice(text, entry) == t,
            |entry| std::hash::BuildHasher::hash_one(state, Self::slice(text, entry)),
        ) {
            hashbrown::hash_table::Entry::Occupied(mut o) => o.get_mut().2 += 1,
            hashbrown::hash_table::Entry::Vacant(v) => {
                v.insert((s, e, 1));
            }
        }
    }

    /// How often `t` was counted.
    pub(crate) fn get(&self, t: &str) -> usize {
        let hash = std::hash::BuildHasher::hash_one(&self.state, t);
        self.table
            .find(hash, |entry| Self::slice(self.text, entry) == t)
            .map_or(0, |&(_, _, n)| n as usize)
    }
}

/// Text of an output block: the normalized text of its span as is, or a cleaned copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Txt {
    /// Exactly the normalized text of the block's span.
    Span,
    /// The normalized text of the block's span with each run of spaces and line breaks made one
    /// space ([`collapse`]): hard-wrapped lines joined, built when the model is (so that a
    /// wrapped page is not copied while the stages still hold it).
    Collapsed,
    /// [`Txt::Collapsed`] without the pop-up blocks (`BoilerplateKind::Popup`) that lie inside
    /// the span: built when the model is, from the input around them.
    CollapsedAround,
    /// A cleaned value.
    Owned(String),
    /// Exactly the input's bytes of the block's span (set when the span is mapped to the
    /// input, for a block the input prints as it is to be reported).
    Clean,
    /// The input's bytes of the block's span collapsed, with nothing to normalize in them
    /// (set when the span is mapped, for a hard-wrapped block the input prints as it is).
    CleanCollapsed,
}

/// A header field in normalized coordinates.
#[derive(Debug, Clone)]
pub(crate) struct OutField {
    pub(crate) text: Txt,
    pub(crate) span: (usize, usize),
}

/// A date mention in normalized coordinates.
#[derive(Debug, Clone)]
pub(crate) struct OutDate {
    pub(crate) kind: DateKind,
    pub(crate) date: NaiveDate,
    pub(crate) time: Option<NaiveTime>,
    pub(crate) zone: Option<String>,
    pub(crate) span: (usize, usize),
    /// The other reading of an ambiguous numeric date (month first).
    pub(crate) alternative: Option<NaiveDate>,
    pub(crate) numeric: Option<Numeric>,
    pub(crate) month_first: bool,
    /// Printed with a place on its line or the next (a dateline).
    pub(crate) with_place: bool,
    /// From the header zone or front matter (not a footer stamp).
    pub(crate) in_header: bool,
}

/// A span of the normalized text held in 8 bytes, not 16 (the assembled lists live on while
/// the model is built from them; see [`crate::MAX_INPUT_BYTES`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Span32 {
    start: u32,
    end: u32,
}

impl Span32 {
    pub(crate) fn new((start, end): (usize, usize)) -> Self {
        Span32 {
            start: crate::pos(start),
            end: crate::pos(end),
        }
    }

    pub(crate) fn get(self) -> (usize, usize) {
        (self.start as usize, self.end as usize)
    }
}

/// A paragraph in normalized coordinates.
#[derive(Debug, Clone)]
pub(crate) struct OutPara {
    pub(crate) text: Txt,
    at: Span32,
}

impl OutPara {
    pub(crate) fn new(text: Txt, span: (usize, usize)) -> Self {
        OutPara {
            text,
            at: Span32::new(span),
        }
    }

    pub(crate) fn span(&self) -> (usize, usize) {
        self.at.get()
    }

    pub(crate) fn set_span(&mut self, span: (usize, usize)) {
        self.at = Span32::new(span);
    }
}

/// A stage direction in normalized coordinates.
#[derive(Debug, Clone)]
pub(crate) struct OutStage {
    pub(crate) kind: StageKind,
    at: Span32,
}

impl OutStage {
    pub(crate) fn new(kind: StageKind, span: (usize, usize)) -> Self {
        OutStage {
            kind,
            at: Span32::new(span),
        }
    }

    pub(crate) fn span(&self) -> (usize, usize) {
        self.at.get()
    }

    pub(crate) fn set_span(&mut self, span: (usize, usize)) {
        self.at = Span32::new(span);
    }
}

/// A turn in normalized coordinates.
///
/// 48 bytes, not 72 (a page of short exchanges has a turn every hundred bytes, and the turns are
/// alive while the model's are built): no label is a sentinel span, and the paragraphs and
/// stage directions are boxed slices.
#[derive(Debug, Clone)]
pub(crate) struct OutTurn {
    /// The label text's range, [`OutTurn::NO_LABEL`] when the turn has none: read through
    /// [`OutTurn::label`].
    label_at: Span32,
    at: Span32,
    pub(crate) paragraphs: Box<[OutPara]>,
    pub(crate) stages: Box<[OutStage]>,
}

impl OutTurn {
    /// `label_at` of a turn with no label (no label starts at `u32::MAX`: the text is shorter).
    const NO_LABEL: Span32 = Span32 {
        start: u32::MAX,
        end: u32::MAX,
    };

    pub(crate) fn new(
        label: Option<(usize, usize)>,
        span: (usize, usize),
        paragraphs: Vec<OutPara>,
        stages: Vec<OutStage>,
    ) -> Self {
        let mut turn = OutTurn {
            label_at: Self::NO_LABEL,
            at: Span32::new(span),
            paragraphs: paragraphs.into_boxed_slice(),
            stages: stages.into_boxed_slice(),
        };
        turn.set_label(label);
        turn
    }

    /// The label text's range, when the turn has a label.
    pub(crate) fn label(&self) -> Option<(usize, usize)> {
        (self.label_at.start != u32::MAX).then(|| self.label_at.get())
    }

    pub(crate) fn set_label(&mut self, label: Option<(usize, usize)>) {
        self.label_at = label.map_or(Self::NO_LABEL, Span32::new);
        debug_assert_eq!(self.label(), label);
    }

    pub(crate) fn span(&self) -> (usize, usize) {
        self.at.get()
    }

    pub(crate) fn set_span(&mut self, span: (usize, usize)) {
        self.at = Span32::new(span);
    }
}

/// A boilerplate block in normalized coordinates.
#[derive(Debug, Clone)]
pub(crate) struct OutBoiler {
    pub(crate) kind: BoilerplateKind,
    /// 12 bytes a block, not 24: a menu page is mostly blocks.
    at: Span32,
}

/// Punctuation that goes back to the word before a pop-up taken out of the text (`Ivan Lind
/// Lind Ivan , and` is `Ivan Lind, and`), closing brackets and guillemets included, and the
/// typographic apostrophe of a possessive (`Ivan Lind ’s role` is `Ivan Lind’s role`).
pub(crate) const AFTER_POPUP: [char; 10] = [',', '.', ';', ':', '?', '!', ')', ']', '»', '’'];

impl OutBoiler {
    /// A block of `kind` over `span`.
    pub(crate) fn new(kind: BoilerplateKind, span: (usize, usize)) -> Self {
        OutBoiler {
            kind,
            at: Span32::new(span),
        }
    }

    /// The block's span, in bytes.
    pub(crate) fn span(&self) -> (usize, usize) {
        self.at.get()
    }

    /// Set the block's span.
    pub(crate) fn set_span(&mut self, span: (usize, usize)) {
        self.at = Span32::new(span);
    }
}

/// Everything assembled from one page, in normalized coordinates.
#[derive(Debug, Default)]
pub(crate) struct Assembled {
    pub(crate) title: Option<OutField>,
    pub(crate) attribution: Option<OutField>,
    pub(crate) source_url: Option<OutField>,
    pub(crate) location: Option<OutField>,
    pub(crate) summary: Option<OutField>,
    pub(crate) participants: Option<OutField>,
    pub(crate) dates: Vec<OutDate>,
    pub(crate) turns: Vec<OutTurn>,
    pub(crate) body: Vec<OutPara>,
    pub(crate) boilerplate: Vec<OutBoiler>,
    /// Pop-up text inside the summary's and the participants line's spans
    /// ([`boilerplate::popups`]), in order: left out of the field's text
    /// ([`Txt::CollapsedAround`]) but, unlike a body paragraph's, not made blocks of their own
    /// (a header field is a block no other block lies inside).
    pub(crate) field_popups: Vec<(usize, usize)>,
    pub(crate) front_matter: Vec<FrontMatterEntry>,
    pub(crate) front_matter_error: bool,
    pub(crate) primary_date: Option<NaiveDate>,
    /// The page indents its paragraphs by one space ([`one_space_indents`]): one space is an
    /// indent, not a non-breaking space printed after a wrap.
    pub(crate) one_space_indent: bool,
}

impl Assembled {
    fn chrome(&mut self, kind: BoilerplateKind, span: (usize, usize)) {
        self.boilerplate.push(OutBoiler::new(kind, span));
    }

    /// Adds unit `i` as prose outside any turn: to the last body paragraph when that
    /// paragraph's last line is unit `i - 1` and unit `i` goes on with it (a hard-wrapped
    /// line: [`body::prose_goes_on`]), else as a paragraph of its own. `may_join` is false
    /// when unit `i - 1` gave the body something other than prose.
    fn body_line(&mut self, text: &str, units: &[Unit], i: usize, may_join: bool) {
        let u = &units[i];
        if may_join
            && i > 0
            && let Some(last) = self.body.last_mut()
            && last.span().1 == units[i - 1].end()
            && text[units[i - 1].end()..u.start()]
                .bytes()
                .all(|b| b == b' ' || b == b'\n')
            && body::prose_goes_on(text, units[i - 1].text(text), u, self.one_space_indent)
        {
            last.set_span((last.span().0, u.end()));
            last.text = Txt::Collapsed;
            return;
        }
        self.body
            .push(OutPara::new(Txt::Collapsed, (u.start(), u.end())));
    }
}

/// Whether the page indents its paragraphs by one space: three lines or more, and a quarter
/// of its lines or more, open with exactly one. (A page that does not prints one space at a
/// line's start only where a non-breaking space followed the wrap: `... our global power.` /
/// `&nbsp;That's ...`.)
fn one_space_indents(units: &[Unit]) -> bool {
    let lines = units.iter().filter(|u| !u.inline);
    let (mut all, mut one) = (0usize, 0usize);
    for u in lines {
        all += 1;
        one += usize::from(u.indent == 1);
    }
    one >= 3 && one * 4 >= all
}

/// Assemble the page from its classified units.
pub(crate) fn assemble(text: &str, units: &Units, options: &ParseOptions) -> Assembled {
    let Units {
        list: units,
        labels,
    } = units;
    let mut out = Assembled::default();
    let fm_end = front_matter::read(text, units, &mut out);
    // line numbers of court and parliament records are set apart as page furniture, so that
    // the zones see the text lines next to each other
    let filtered: Vec<Unit>;
    let numbered = units[fm_end..].iter().any(Unit::line_number);
    let rest: &[Unit] = if numbered {
        for u in units[fm_end..].iter().filter(|u| u.line_number()) {
            out.chrome(BoilerplateKind::PageFurniture, (u.start(), u.end()));
        }
        filtered = units[fm_end..]
            .iter()
            .filter(|u| !u.line_number())
            .cloned()
            .collect();
        &filtered
    } else {
        &units[fm_end..]
    };
    out.one_space_indent = one_space_indents(rest);
    let dash_style = rest.iter().filter(|u| u.dash()).count() >= 2;
    let opens_turn = |u: &Unit| u.accepted || (dash_style && u.dash());
    let first = rest.iter().position(opens_turn);
    match first {
        Some(first) => {
            let last = rest.iter().rposition(opens_turn).unwrap_or(first);
            let footer = footer_start(text, rest, labels, last);
            header::read(text, &rest[..first], false, &mut out);
            // repeated lines (running headers, doubled captions) are looked for among lines
            // of at most 15 words only, so only those are counted
            let mut counts = LineCounts::new(text);
            for u in rest.iter().filter(|u| !u.accepted && u.stage.is_none()) {
                if word_count_capped(u.text(text), 15) <= 15 {
                    counts.add(u);
                }
            }
            body::read(
                text,
                &rest[first..footer],
                labels,
                counts,
                dash_style,
                &mut out,
            );
            footer_blocks(text, &rest[footer..], &mut out);
            header_captions(text, &mut out);
        }
        None => {
            // No turns: header, then prose, then footer.
            let footer = footer_start_without_turns(text, rest);
            header::read(text, &rest[..footer], true, &mut out);
            footer_blocks(text, &rest[footer..], &mut out);
        }
    }
    if numbered {
        numbers_inside_blocks(&mut out);
    }
    settle_dates(&mut out, options.date_order);
    body_popups(text, &mut out);
    field_popups(text, &mut out);
    out.boilerplate.sort_by_key(OutBoiler::span);
    out.dates.sort_by_key(|d| d.span);
    // the lists grew by doubling; they live on while the model is built from them
    out.turns.shrink_to_fit();
    out.boilerplate.shrink_to_fit();
    out.body.shrink_to_fit();
    out
}

/// On a page whose lines are numbered, the zones read the text lines without their numbers,
/// so a header field or prose paragraph joined from lines on both sides of a line number
/// holds that number in its span: the number's page-furniture block is dropped, its bytes
/// being the field's or paragraph's (blocks never overlap).
fn numbers_inside_blocks(out: &mut Assembled) {
    let mut blocks: Vec<(usize, usize)> = [
        &out.title,
        &out.attribution,
        &out.source_url,
        &out.location,
        &out.summary,
        &out.participants,
    ]
    .into_iter()
    .flatten()
    .map(|f| f.span)
    .chain(out.dates.iter().map(|d| d.span))
    .chain(out.body.iter().map(OutPara::span))
    .filter(|&(a, b)| b > a)
    .collect();
    if blocks.is_empty() {
        return;
    }
    blocks.sort_unstable();
    // (the furthest end of the blocks opening at or before each one)
    let mut reach = 0;
    let ends: Vec<usize> = blocks
        .iter()
        .map(|&(_, z)| {
            reach = reach.max(z);
            reach
        })
        .collect();
    out.boilerplate.retain(|b| {
        let (s, e) = b.span();
        let k = blocks.partition_point(|&(a, _)| a < s);
        b.kind != BoilerplateKind::PageFurniture || k == 0 || ends[k - 1] < e
    });
}

/// A prose paragraph before the first turn that the page prints again as a photo caption
/// between the turns (`Meeting of the Harbour Council.` under the dateline, then between
/// paragraphs of speech) is that caption's first copy: a caption too.
fn header_captions(text: &str, out: &mut Assembled) {
    let first_turn = out.turns.first().map_or(usize::MAX, |t| t.span().0);
    let captions: Vec<&str> = out
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::Caption)
        .map(|b| {
            let (s, e) = b.span();
            &text[s..e]
        })
        .collect();
    if captions.is_empty() {
        return;
    }
    let mut moved = Vec::new();
    out.body.retain(|p| {
        let (s, e) = p.span();
        let caption = e <= first_turn && captions.contains(&&text[s..e]);
        if caption {
            moved.push(OutBoiler::new(BoilerplateKind::Caption, (s, e)));
        }
        !caption
    });
    out.boilerplate.extend(moved);
}

/// Inline pop-up text in body paragraphs ([`boilerplate::popups`]) taken out of their text into
/// blocks of its own, inside the paragraph's span.
fn body_popups(text: &str, out: &mut Assembled) {
    // (gathered apart, then added to the list sized exactly: on a page with no turns the list
    // is the page, and one push past its size would double it)
    let mut blocks = Vec::new();
    for p in &mut out.body {
        let (s, e) = p.span();
        let t = &text[s..e];
        if !boilerplate::may_hold_popups(t) {
            continue;
        }
        let before = blocks.len();
        for_each_popup(t, s, |span| {
            blocks.push(OutBoiler::new(BoilerplateKind::Popup, span));
        });
        // (the text around them is built with the model: a copy now would coexist with the
        // stages' tables)
        if blocks.len() > before {
            p.text = Txt::CollapsedAround;
        }
    }
    out.boilerplate.reserve_exact(blocks.len());
    out.boilerplate.append(&mut blocks);
}

/// Calls `f` with the span of each pop-up ([`boilerplate::popups`]) on the lines of `t`, a
/// block's text that starts at offset `start`.
fn for_each_popup(t: &str, start: usize, mut f: impl FnMut((usize, usize))) {
    let mut line_start = start;
    for line in t.split('\n') {
        for (a, b) in boilerplate::popups(line) {
            f((line_start + a, line_start + b));
        }
        line_start += line.len() + 1;
    }
}

/// Inline pop-up text in the summary and the participants line ([`boilerplate::popups`]:
/// `talks with President of the Harbour Republic Ivan Lind     Lind IvanPresident of the
/// Harbour Republic , who ...`, `Taking part were Prime Minister Ivan Lind     Lind IvanPrime
/// Minister , ...`): left out of the field's text, kept inside its span.
fn field_popups(text: &str, out: &mut Assembled) {
    let mut all = Vec::new();
    for field in [&mut out.summary, &mut out.participants]
        .into_iter()
        .flatten()
    {
        let (s, e) = field.span;
        let t = &text[s..e];
        if !boilerplate::may_hold_popups(t) {
            continue;
        }
        let mut found = Vec::new();
        for_each_popup(t, s, |span| found.push(span));
        // only where the field's text is its span's text collapsed (a summary read across
        // other blocks keeps its text); compared word by word, not collapsed into a copy
        let whole = match &field.text {
            Txt::Span | Txt::Collapsed => true,
            Txt::Owned(o) => t
                .split([' ', '\n'])
                .filter(|w| !w.is_empty())
                .eq(o.split(' ')),
            _ => false,
        };
        if whole && !found.is_empty() {
            field.text = Txt::CollapsedAround;
            all.extend(found);
        }
    }
    all.sort_unstable();
    out.field_popups = all;
}

/// Where the footer starts after the last turn opener `last`: the first footer-shaped unit
/// (chrome of any strength, a breadcrumb, a run of three short menu-like lines, a posted stamp),
/// or the end.
fn footer_start(text: &str, units: &[Unit], labels: &[Candidate], last: usize) -> usize {
    let mut i = last + 1;
    // the bar of links under a label alone on its line is the turn's, not the footer's
    if units[last]
        .candidate(labels)
        .is_some_and(|m| m.separator == Separator::Line)
    {
        i += 1;
    }
    while i < units.len() {
        if is_footer_shaped(text, units, i) && !speech_resumes(text, units, i) {
            match spliced_widget(text, units, i) {
                // past the widget's items to the speech after it
                Some(speech) => {
                    i = speech;
                    continue;
                }
                None => return i,
            }
        }
        i += 1;
    }
    units.len()
}

/// Whether speech goes on after the footer-shaped unit `i`, which is weak evidence of a
/// footer (a line of weak chrome, a navigation line or forum header, or a run of short lines:
/// a song's verse, a quoted list): within the next sixty units, before any label, four lines of prose or more
/// (six words or more, ending a sentence), and more such lines than lines of chrome.
/// (`Back to the reporter:` over the rest of a quoted report, verse lines over the speech's
/// last paragraphs.)
fn speech_resumes(text: &str, units: &[Unit], i: usize) -> bool {
    // (a navigation link's or a forum header's wording may be a sentence's: `Back to the
    // reporter:`, `The sergeant then says:`)
    if matches!(units[i].chrome, Some((kind, Strength::Strong))
        if !matches!(kind, BoilerplateKind::Navigation | BoilerplateKind::ForumChrome))
    {
        return false;
    }
    let (mut prose, mut chrome) = (0, 0);
    for u in units[i + 1..].iter().take(60) {
        if u.accepted {
            break;
        }
        if u.chrome.is_some() {
            chrome += 1;
        } else {
            let t = u.text(text);
            if ends_sentence(t) && word_count_capped(t, 6) >= 6 {
                prose += 1;
            }
        }
    }
    prose >= 4 && prose > chrome
}

/// Whether unit `i` is a related-links widget, a page break's running header or a section
/// break spliced into the speech, and if so where the speech resumes: more speech (a sentence
/// of eight words or more) follows it, directly or after the widget's items (title lines and
/// dates) or the header's lines, before any other boilerplate; or a header's page number,
/// heading or date is glued before it on its line. (Paragraphs after a turn belong to it
/// until the next label.)
fn spliced_widget(text: &str, units: &[Unit], i: usize) -> Option<usize> {
    // a section break (`* * *`) followed by speech: the speech goes on after it
    if section_break(units[i].text(text)) {
        let next = units.get(i + 1)?;
        let t = next.text(text);
        return (next.chrome.is_none()
            && !next.accepted
            && next.stage.is_none()
            && word_count_capped(t, 8) >= 8
            && ends_sentence(t))
        .then_some(i + 1);
    }
    // a related-links widget, a page break's running header (page number, heading, date), or
    // a photo's caption
    if !matches!(
        units[i].chrome,
        Some((
            BoilerplateKind::Related | BoilerplateKind::PageFurniture | BoilerplateKind::Caption,
            _
        ))
    ) {
        return None;
    }
    // a widget lists a few items: look no further than a dozen lines
    let speech = units[i + 1..]
        .iter()
        .take(12)
        .take_while(|u| {
            !u.accepted
                && (u.chrome.is_none()
                    || matches!(
                        u.chrome,
                        Some((BoilerplateKind::Related | BoilerplateKind::PageFurniture, _))
                    )
                    || date_only(text, u))
        })
        .enumerate()
        .position(|(k, u)| {
            let t = u.text(text);
            // (the text a running head is glued to goes on with the speech, however short:
            // `1529 Bills 2024 7 th August, 2024 Motion agreed to.`)
            u.chrome.is_none()
                && (glued_to_head(text, units, i + k + 1)
                    || word_count_capped(t, 8) >= 8 && ends_sentence(t))
        })?;
    Some(i + 1 + speech)
}

/// Whether unit `i` is text a page's running head was glued to, on the same line after it
/// (`1529 Bills 2024 7 th August, 2024 Motion agreed to.`): it goes on with the speech or
/// prose before the head, however short.
pub(crate) fn glued_to_head(text: &str, units: &[Unit], i: usize) -> bool {
    i > 0
        && units[i].chrome.is_none()
        && matches!(
            units[i - 1].chrome,
            Some((BoilerplateKind::PageFurniture, _))
        )
        && units[i - 1].end() <= units[i].start()
        && memchr::memchr(
            b'\n',
            &text.as_bytes()[units[i - 1].end()..units[i].start()],
        )
        .is_none()
}

/// Whether `t` is a section break: three asterisks or more and spaces (`* * *`, `***`).
fn section_break(t: &str) -> bool {
    t.bytes().filter(|&b| b == b'*').count() >= 3 && t.bytes().all(|b| b == b'*' || b == b' ')
}

/// Whether unit `u` is a date alone (an item's date in a widget).
pub(crate) fn date_only(text: &str, u: &Unit) -> bool {
    let t = u.text(text);
    date::first_date(t).is_some_and(|(at, m)| at == 0 && m.len + 2 >= t.len())
}

/// For pages without turns: trailing footer-shaped units from the end backwards.
fn footer_start_without_turns(text: &str, units: &[Unit]) -> usize {
    // the first footer-shaped unit after the last prose paragraph
    let last_prose = (0..units.len()).rposition(|i| {
        let (u, t) = (&units[i], units[i].text(text));
        u.chrome.is_none() && word_count_capped(t, 8) >= 8 && ends_sentence(t)
            || glued_to_head(text, units, i)
    });
    match last_prose {
        Some(p) => {
            let mut i = p + 1;
            while i < units.len() {
                if is_footer_shaped(text, units, i) {
                    return i;
                }
                i += 1;
            }
            units.len()
        }
        None => units.len(),
    }
}

fn is_menu_line(text: &str, u: &Unit) -> bool {
    let t = u.text(text);
    !u.accepted
        && u.stage.is_none()
        && word_count_capped(t, 6) <= 6
        && !ends_sentence(t)
        && !t.ends_with([',', ';', ':'])
}

fn is_footer_shaped(text: &str, units: &[Unit], i: usize) -> bool {
    let u = &units[i];
    if u.stage.is_some() {
        return false;
    }
    // a hard-wrapped line that finishes the sentence above (`... End of` / `quote.`) is speech,
    // whatever its words
    if i > 0
        && u.blank_before == 0
        && !u.inline
        && matches!(u.chrome, Some((_, Strength::Weak)))
        && crate::grammar::words::ends_mid_sentence(units[i - 1].text(text))
    {
        return false;
    }
    if u.chrome.is_some() {
        return true;
    }
    let t = u.text(text);
    // the last words of a hard-wrapped sentence (`... see you all` / `tomorrow`), however
    // short, before a site's menu lines
    if i > 0
        && u.blank_before == 0
        && !u.inline
        && t.starts_with(char::is_lowercase)
        && units[i - 1].chrome.is_none()
        && !ends_sentence(units[i - 1].text(text))
    {
        return false;
    }
    if date::time_line(t).is_some() {
        return true;
    }
    if lower_starts(t, "posted ") && date::first_date(t).is_some() {
        return true;
    }
    // a run of three short menu-like lines
    if units.len() - i >= 3 && (i..i + 3).all(|j| is_menu_line(text, &units[j])) {
        return true;
    }
    false
}

fn lower_starts(t: &str, prefix: &str) -> bool {
    t.len() >= prefix.len()
        && t.is_char_boundary(prefix.len())
        && t[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Every footer unit becomes boilerplate; stamps with a date cue also give a date mention.
fn footer_blocks(text: &str, units: &[Unit], out: &mut Assembled) {
    // (exactly: the list may be sized to the page's chrome already, and doubling it would
    // hold twice what it keeps)
    out.boilerplate.reserve_exact(units.len());
    for u in units {
        let t = u.text(text);
        let kind = match u.chrome {
            Some((kind, _)) => kind,
            None if date::time_line(t).is_some() => BoilerplateKind::TranscriptMarker,
            None if u.stage.is_some() => BoilerplateKind::TranscriptMarker,
            None => BoilerplateKind::Footer,
        };
        out.chrome(kind, (u.start(), u.end()));
        cue_dates(text, u, false, out);
    }
}

/// Date cues and the date kind each gives (all under 32 bytes, see [`date_cue`]).
const DATE_CUES: &[(&str, DateKind)] = &[
    ("published on", DateKind::Published),
    ("published:", DateKind::Published),
    ("published", DateKind::Published),
    ("publication date:", DateKind::Published),
    ("date of publication:", DateKind::Published),
    ("release date:", DateKind::Published),
    ("released:", DateKind::Published),
    ("дата публикации:", DateKind::Published),
    ("опубликовано:", DateKind::Published),
    ("опубликовано", DateKind::Published),
    ("date:", DateKind::Event),
    ("aired", DateKind::Event),
    ("debated on", DateKind::Event),
    ("heard on", DateKind::Event),
    ("recorded on", DateKind::Event),
    ("delivered on", DateKind::Event),
    // (a deposition's: `Taken March 4, 2031`)
    ("taken on", DateKind::Event),
    ("taken", DateKind::Event),
    ("дата:", DateKind::Event),
    ("last updated at", DateKind::Updated),
    ("last updated on", DateKind::Updated),
    ("last updated:", DateKind::Updated),
    ("last updated", DateKind::Updated),
    ("updated:", DateKind::Updated),
    ("updated", DateKind::Updated),
    ("last modified:", DateKind::Updated),
    ("last modified", DateKind::Updated),
    ("dernière modification :", DateKind::Updated),
    ("dernière modification:", DateKind::Updated),
    ("обновлено", DateKind::Updated),
    ("posted on", DateKind::Posted),
    ("posted by", DateKind::Posted),
    ("posted:", DateKind::Posted),
    ("posted", DateKind::Posted),
    ("old ", DateKind::Posted),
];

/// A date cue at the start of a line and the kind it gives: `Published on`, `Posted`,
/// `Last updated at`, `Publication date:`, `Дата публикации:`, `Aired`, `Debated on`; after a
/// record's volume number (`Volume 812: debated on ...`, as UK Hansard prints it). The length
/// returned runs to the cue's end.
pub(crate) fn date_cue(t: &str) -> Option<(DateKind, usize)> {
    // the first letters of the cues, in either case: most lines open otherwise
    if !matches!(
        t.chars().next()?.to_ascii_lowercase(),
        'p' | 'd' | 'r' | 'a' | 'l' | 'u' | 'o' | 'v' | 't' | 'h' | 'д' | 'Д' | 'о' | 'О'
    ) {
        return None;
    }
    let volume = volume_prefix(t);
    let t = &t[volume..];
    // the cues are under 32 bytes
    let l = crate::grammar::words::lower_start(t, 32);
    for (cue, kind) in DATE_CUES {
        if l.starts_with(cue) {
            // the cue's length in the original (lowercasing keeps these lengths)
            return Some((*kind, volume + cue.len()));
        }
    }
    None
}

/// The length of a record's volume number opening `t` with its colon or comma and spaces
/// (`Volume 812: `), 0 for none.
fn volume_prefix(t: &str) -> usize {
    let Some(rest) = t
        .strip_prefix("Volume ")
        .or_else(|| t.strip_prefix("volume "))
    else {
        return 0;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[digits..].strip_prefix([':', ',']) {
        Some(after) if digits > 0 => t.len() - after.trim_start_matches(' ').len(),
        _ => 0,
    }
}

/// Record the date in a chrome or footer unit that carries a date cue (`Posted 2014-01-21`).
fn cue_dates(text: &str, u: &Unit, in_header: bool, out: &mut Assembled) {
    let t = u.text(text);
    let Some((kind, _)) = date_cue(t) else { return };
    if let Some((at, m)) = date::first_date(t) {
        out.dates
            .push(out_date(kind, &m, u.start() + at, in_header));
    }
}

pub(crate) fn out_date(kind: DateKind, m: &DateMatch, at: usize, in_header: bool) -> OutDate {
    OutDate {
        kind,
        date: m.date,
        time: m.time,
        zone: m.zone.clone(),
        span: (at, at + m.len),
        alternative: m.alternative,
        numeric: m.numeric,
        month_first: m.month_first,
        with_place: false,
        in_header,
    }
}

/// Settle ambiguous numeric dates, then pick the primary date.
fn settle_dates(out: &mut Assembled, order: DateOrder) {
    // (sorted: asked once per ambiguous date)
    let mut unambiguous: Vec<NaiveDate> = out
        .dates
        .iter()
        .filter(|d| d.alternative.is_none())
        .map(|d| d.date)
        .collect();
    unambiguous.sort_unstable();
    unambiguous.dedup();
    let month_first_page = out.dates.iter().any(|d| d.month_first);
    for d in &mut out.dates {
        let Some(alt) = d.alternative else { continue };
        let month_first = match order {
            DateOrder::DayFirst => false,
            DateOrder::MonthFirst => true,
            DateOrder::Auto => {
                if unambiguous.binary_search(&d.date).is_ok() {
                    false
                } else if unambiguous.binary_search(&alt).is_ok() {
                    true
                } else {
                    month_first_page && d.numeric == Some(Numeric::Slashed)
                }
            }
        };
        if month_first {
            d.date = alt;
        }
        d.alternative = None;
    }
    let rank = |d: &OutDate| -> Option<u8> {
        match (d.kind, d.in_header) {
            (DateKind::Published, true) | (DateKind::Event, true) if d.with_place => Some(0),
            (DateKind::Published, true) => Some(1),
            (DateKind::Event, true) => Some(2),
            (DateKind::Updated, _) => Some(3),
            (DateKind::Published, false) | (DateKind::Event, false) => Some(4),
            (DateKind::Posted, _) => Some(5),
        }
    };
    out.primary_date = out
        .dates
        .iter()
        .filter_map(|d| rank(d).map(|r| (r, d.span.0, d.date)))
        .min()
        .map(|(_, _, date)| date);
}

/// Whether unit `u` is chrome of the given strength or stronger.
pub(crate) fn strong_chrome(u: &Unit) -> Option<BoilerplateKind> {
    match u.chrome {
        Some((kind, Strength::Strong)) => Some(kind),
        _ => None,
    }
}

/// Collapse runs of spaces and newlines in `s` into one space; `None` when `s` has none.
pub(crate) fn collapse(s: &str) -> Option<String> {
    if !needs_collapse(s) {
        return None;
    }
    // the runs to make one space: each starts at a line break or two spaces (a single space
    // stays as it is), found with memchr and memmem; the text between is copied whole
    let t = s.trim_matches([' ', '\n']);
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let mut next_line = memchr::memchr(b'\n', b);
    let mut next_double = crate::grammar::words::find_double_space(b);
    let mut i = 0;
    loop {
        if next_line.is_some_and(|p| p < i) {
            next_line = memchr::memchr(b'\n', &b[i..]).map(|p| i + p);
        }
        if next_double.is_some_and(|p| p < i) {
            next_double = crate::grammar::words::find_double_space(&b[i..]).map(|p| i + p);
        }
        let Some(run) = next_line.into_iter().chain(next_double).min() else {
            out.push_str(&t[i..]);
            break;
        };
        // (a space before a line break starts the run)
        out.push_str(t[i..run].trim_end_matches(' '));
        out.push(' ');
        i = run
            + b[run..]
                .iter()
                .position(|&c| c != b' ' && c != b'\n')
                .unwrap_or(b.len() - run);
    }
    Some(out)
}

/// Whether [`collapse`] would change `s`: it holds two spaces in a row or a line break.
pub(crate) fn needs_collapse(s: &str) -> bool {
    crate::grammar::words::has_double_space(s) || memchr::memchr(b'\n', s.as_bytes()).is_some()
}

/// The text of a block spanning `span`: as printed when clean, else collapsed.
pub(crate) fn block_text(text: &str, span: (usize, usize)) -> Txt {
    match collapse(&text[span.0..span.1]) {
        Some(s) => Txt::Owned(s),
        None => Txt::Span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assembled_blocks_stay_small() {
        // these lists live on while the model is built from them: a menu page is mostly
        // boilerplate blocks, a podcast page mostly one-paragraph turns
        use std::mem::size_of;
        assert_eq!(size_of::<OutBoiler>(), 12);
        assert_eq!(size_of::<OutStage>(), 12);
        assert_eq!(size_of::<OutPara>(), 32);
        assert_eq!(size_of::<OutTurn>(), 48);
    }

    #[test]
    fn a_turn_keeps_its_label_or_none() {
        let with = OutTurn::new(Some((0, 3)), (0, 20), Vec::new(), Vec::new());
        assert_eq!(with.label(), Some((0, 3)));
        let mut without = OutTurn::new(None, (4, 20), Vec::new(), Vec::new());
        assert_eq!(without.label(), None);
        without.set_label(Some((4, 9)));
        assert_eq!(without.label(), Some((4, 9)));
    }

    #[test]
    fn collapse_joins_words_with_one_space() {
        assert_eq!(collapse("plain words"), None);
        assert_eq!(
            collapse("  a hard-wrapped\nline  and\n\n  more ").as_deref(),
            Some("a hard-wrapped line and more")
        );
        assert_eq!(collapse("\n\n").as_deref(), Some(""));
        // Cyrillic and tabs (not collapsed: normalization makes tabs spaces first)
        assert_eq!(
            collapse("Путин:\n  добрый\tдень").as_deref(),
            Some("Путин: добрый\tдень")
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        // the words split at spaces and line breaks, joined by one space, for strings of every
        // mix of runs
        #[test]
        fn collapse_is_split_and_join(s in crate::grammar::words::joined_pieces(
            &[" ", "\n", "  ", "a", "bc", " \n ", "д", "\t"], 24, "",
        )) {
            let words: Vec<&str> = s.split([' ', '\n']).filter(|w| !w.is_empty()).collect();
            let expected = (s.contains("  ") || s.contains('\n')).then(|| words.join(" "));
            proptest::prop_assert_eq!(collapse(&s), expected);
        }
    }
}
