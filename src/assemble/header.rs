//! The header zone: everything before the first speaker turn. Its units become, each exactly
//! once: boilerplate (by wording, shape or position), a date, the attribution, the source URL,
//! the title, the dateline place, the summary, the participants line, or body prose.
//!
//! Titles and places are scored candidates (see `title_score`, `place_score`): position and
//! neighbours decide as much as wording.

use super::{Assembled, OutField, OutPara, Txt, block_text, date_cue, out_date};
use crate::classify::Unit;
use crate::grammar::boilerplate::{self, Strength};
use crate::grammar::byline;
use crate::grammar::date;
use crate::grammar::dateline;
use crate::grammar::stage;
use crate::grammar::words::{
    ends_sentence, is_all_caps, is_role_word, is_small_word, lower, lower_in, starts_upper,
    with_lower, word_count, word_count_capped,
};
use crate::model::{BoilerplateKind, DateKind};
use std::borrow::Cow;

/// What a header unit became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Free,
    Chrome(BoilerplateKind),
    /// A date line (index into `out.dates`), maybe with a place after the date.
    /// (Indexes are `u32`, which keeps a role, one per header unit, at 8 bytes.)
    Date(u32),
    /// A time line merged into the date line before it.
    TimeOf(u32),
    Title,
    Attribution,
    AttributionCue,
    Source,
    Location,
    Summary,
    Participants,
    Body,
}

/// Spans kept for a few units of the header, by unit index (most units have none, so a table
/// of one slot per unit would mostly hold nothing). Set in increasing unit order.
#[derive(Default)]
struct Sparse(Vec<(usize, (usize, usize))>);

impl Sparse {
    fn set(&mut self, i: usize, span: (usize, usize)) {
        match self.0.binary_search_by_key(&i, |e| e.0) {
            Ok(at) => self.0[at].1 = span,
            Err(at) => self.0.insert(at, (i, span)),
        }
    }

    fn get(&self, i: usize) -> Option<(usize, usize)> {
        self.0
            .binary_search_by_key(&i, |e| e.0)
            .ok()
            .map(|at| self.0[at].1)
    }

    /// The lowest unit index with a span.
    fn first(&self) -> Option<usize> {
        self.0.first().map(|e| e.0)
    }
}

/// The lower-cased text of the header's free units, made when a title candidate asks for it
/// (few do: most units are prose or chrome), and a set of their hashes for the one question
/// asked of all of them: whether any free line reads (lower-cased) as a given headline. The set
/// is built when that question is first asked (only pages with a browser title line ask it).
struct Lowered<'a> {
    text: &'a str,
    units: &'a [Unit],
    roles: &'a [Role],
    hashes: std::cell::OnceCell<foldhash::HashSet<u64>>,
}

impl<'a> Lowered<'a> {
    fn new(text: &'a str, units: &'a [Unit], roles: &'a [Role]) -> Self {
        Lowered {
            text,
            units,
            roles,
            hashes: std::cell::OnceCell::new(),
        }
    }

    fn hash(s: &str) -> u64 {
        use std::hash::BuildHasher;
        foldhash::fast::FixedState::with_seed(0).hash_one(s)
    }

    /// `f` of unit `k`'s text lower-cased, when the unit is free (lower-cased on the stack
    /// when the line is short: candidates compare it with each neighbour, several times).
    fn with<R>(&self, k: usize, f: impl FnOnce(&str) -> R) -> Option<R> {
        (self.roles.get(k) == Some(&Role::Free)).then(|| {
            let mut buf = [0u8; 256];
            f(&lower_in(self.units[k].text(self.text), &mut buf))
        })
    }

    /// Whether a free unit's lower-cased text is `line` (a hash match is checked on the text).
    fn contains(&self, line: &str) -> bool {
        let hashes = self.hashes.get_or_init(|| {
            (0..self.units.len())
                .filter_map(|k| self.with(k, Self::hash))
                .collect()
        });
        hashes.contains(&Self::hash(line))
            && (0..self.units.len()).any(|k| self.with(k, |l| l == line) == Some(true))
    }
}

/// Whether `t` reads as an entry of a table of contents: words that start with a letter, no
/// sentence end, then a space and a page number of one to three digits.
fn contents_entry(t: &str) -> bool {
    let Some((head, number)) = t.rsplit_once(' ') else {
        return false;
    };
    (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && head.starts_with(char::is_alphabetic)
        && !ends_sentence(head)
        && word_count_capped(head, 12) <= 12
}

/// How many of `units` from the first form a table of contents: [`contents_entry`] lines,
/// entries in capitals of up to forty words ending in a page number (`TREATY DOCUMENT -
/// AGREEMENT BETWEEN ... OF THE PAPER 47`), and, after the first entry, entries in capitals
/// wrapped over up to three lines, the last with the page number, where the wrap shows (a
/// dash ends the line above, or the last line opens with a dash or a bracket); 0 when it holds
/// fewer than three entries. (A headline in capitals over the table, or under it over a
/// numbered line, `DEBATES - SITTING DAY 14`, is no part of it.)
fn contents_run(text: &str, units: &[Unit]) -> usize {
    let (mut entries, mut end, mut pending) = (0, 0, 0);
    // the last unnumbered line ends with a dash (`SUSPENSION OF STANDING ORDERS-`)
    let mut dash_end = false;
    for (k, u) in units.iter().enumerate() {
        let t = u.text(text);
        let caps = is_all_caps(t) && !ends_sentence(t) && word_count_capped(t, 41) <= 40;
        let numbered = contents_entry(t)
            || caps
                && t.rsplit_once(' ').is_some_and(|(head, number)| {
                    (1..=3).contains(&number.len())
                        && number.bytes().all(|b| b.is_ascii_digit())
                        && (pending > 0 || head.starts_with(char::is_alphabetic))
                });
        // (an entry's wrapped line opens with its dash or bracket, or the line above ends
        // with a dash: `- MOTION TO TAKE NOTE OF PAPER 22`, `(AMENDMENT) BILL 2023 49`; other
        // lines in capitals over a numbered one are headings under the table)
        let wrapped = dash_end || t.starts_with(['-', '–', '(']);
        if numbered && (pending == 0 || wrapped) {
            entries += 1;
            end = k + 1;
            pending = 0;
            dash_end = false;
        } else if !numbered
            && caps
            && entries > 0
            && pending < 2
            && t.starts_with(|c: char| c.is_alphabetic() || c == '-' || c == '(')
        {
            pending += 1;
            dash_end = t.ends_with(['-', '–']);
        } else {
            break;
        }
    }
    if entries >= 3 { end } else { 0 }
}

/// Whether `t` is a numbered heading of an outline: a number or a Roman numeral closed by a
/// period or a bracket, then one to eight words, the first capitalized (Markdown emphasis
/// around them allowed): `1. **Introduction**`, `IV) Costs`.
fn outline_heading(t: &str) -> bool {
    if has_chrome_word(t) {
        return false;
    }
    let Some((number, rest)) = t.split_once(' ') else {
        return false;
    };
    let Some(number) = number.strip_suffix(['.', ')']) else {
        return false;
    };
    let numbered = !number.is_empty()
        && number.len() <= 4
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')));
    let heading = rest.trim().trim_matches(['*', '_']);
    numbered
        && starts_upper(heading)
        && !ends_sentence(heading)
        && (1..=8).contains(&word_count_capped(heading, 9))
}

/// Whether a word of `t` (emphasis and punctuation left out) names a link or a widget of page
/// chrome (`News`, `Photos`, `Reading`, `Trending`, `Share`), not words a heading of the text
/// may hold (`More Ferries`, `Summary`, `Full Employment`).
fn has_chrome_word(t: &str) -> bool {
    t.split(' ').any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        with_lower(w, |l| {
            matches!(
                l,
                "reading"
                    | "trending"
                    | "read"
                    | "news"
                    | "newsroom"
                    | "photo"
                    | "photos"
                    | "video"
                    | "videos"
                    | "transcript"
                    | "share"
                    | "print"
                    | "subscribe"
                    | "advertisement"
                    | "home"
                    | "contact"
                    | "menu"
                    | "search"
                    | "watch"
                    | "listen"
                    | "download"
                    | "related"
            )
        })
    })
}

/// Whether `t` is a short heading: one to three capitalized words of letters, maybe in
/// Markdown emphasis (`Conclusion`, `**Next Steps**`).
fn short_heading(t: &str) -> bool {
    let h = t.trim_matches(['*', '_']);
    if has_chrome_word(h) {
        return false;
    }
    (1..=3).contains(&word_count_capped(h, 4))
        && h.split(' ')
            .all(|w| starts_upper(w) && w.chars().all(char::is_alphabetic))
}

/// Whether a lower-cased word names a record of proceedings (`hansard`, `record`, `debates`).
fn record_word(w: &str) -> bool {
    matches!(
        w,
        "hansard" | "record" | "proceedings" | "debates" | "minutes" | "parliament"
    )
}

/// Read the header units into `out`. `no_turns` is set for pages without speaker turns, whose
/// prose then goes to the body.
pub(crate) fn read(text: &str, units: &[Unit], no_turns: bool, out: &mut Assembled) {
    let n = units.len();
    let mut roles = vec![Role::Free; n];
    // place segments carried by date lines: unit -> (place start, place end)
    let mut date_place = Sparse::default();
    let mut dated_headline: Option<usize> = None;
    // inline datelines opening a lede: unit -> (place end, lede start)
    let mut inline_place = Sparse::default();

    // 1. Wording: chrome, dates, bylines, stage notes.
    let mut open_bracket = false;
    // inside a related-links widget (`See also` and its items: titles and dates)
    let mut related_items = false;
    for i in 0..n {
        // a unit claimed by the line before it (the name line of a two-line byline) keeps its
        // role
        if roles[i] != Role::Free {
            continue;
        }
        let u = &units[i];
        let t = u.text(text);
        // the line's first date, looked for once however many rules ask
        let first_date = std::cell::OnceCell::new();
        let first_date = || first_date.get_or_init(|| date::first_date(t)).as_ref();
        if open_bracket {
            roles[i] = Role::Chrome(BoilerplateKind::Other);
            open_bracket = !(t.ends_with(']') || ends_sentence(t));
            continue;
        }
        if related_items && u.chrome.is_none() && super::body::is_related_item(text, u) {
            roles[i] = Role::Chrome(BoilerplateKind::Related);
            continue;
        }
        related_items = !u.inline && u.chrome.is_some_and(|(k, _)| k == BoilerplateKind::Related);
        if let Some((kind, strength)) = u.chrome {
            if kind == BoilerplateKind::Footer
                && strength == Strength::Strong
                && date_cue(t).is_some()
            {
                // `Last updated at ...` in the header is still chrome, with its date kept
            }
            roles[i] = Role::Chrome(kind);
            if kind == BoilerplateKind::PageFurniture {
                // `[Congressional Record Volume 151, Number 68 (Friday, May 20, 2005)]`
                if let Some(&(at, ref m)) = first_date() {
                    out.dates
                        .push(out_date(DateKind::Published, m, u.start() + at, true));
                }
            } else {
                super::cue_dates(text, u, true, out);
            }
            continue;
        }
        if let Some((kind, cue_len)) = date_cue(t)
            && let Some(&(at, ref m)) = first_date()
        {
            let between = &t[cue_len.min(at)..at];
            if at >= cue_len
                && between
                    .trim_matches([' ', ':', ',', '-', '–', '|', '·'])
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .count()
                    <= 1
            {
                let mut d = out_date(kind, m, u.start() + at, true);
                d.span = (u.start(), u.start() + at + m.len);
                let rest = &t[at + m.len..];
                if let Some(p) = dateline::place_after_date(rest) {
                    let s = u.start() + at + m.len + p;
                    date_place.set(i, (s, u.end()));
                    // (the separator before the place is the date's: nothing is left out)
                    d.span = (u.start(), s);
                    d.with_place = true;
                } else if !rest.trim().is_empty() {
                    d.span = (u.start(), u.end());
                }
                out.dates.push(d);
                roles[i] = Role::Date(crate::pos(out.dates.len() - 1));
                continue;
            }
        }
        // a date opening a hard-wrapped prose line is part of the sentence above
        let continuation = i > 0 && u.blank_before == 0 && !u.inline && {
            let p = units[i - 1].text(text);
            word_count_capped(p, 6) >= 6 && crate::grammar::words::ends_mid_sentence(p)
        };
        if !continuation
            && let Some(&(at, ref m)) = first_date()
            && (at == 0 || t[..at].trim_matches(['(', ' ', '`']).is_empty())
        {
            let rest = &t[at + m.len..];
            let rest_clean = rest.trim_matches([' ', ')', ',', '.']);
            if rest_clean.is_empty()
                || dateline::place_after_date(rest).is_some()
                || is_short_tail(rest_clean)
            {
                let mut d = out_date(DateKind::Event, m, u.start() + at, true);
                d.span = (u.start(), u.end());
                if let Some(p) = dateline::place_after_date(rest).filter(|_| !rest_clean.is_empty())
                {
                    let s = u.start() + at + m.len + p;
                    date_place.set(i, (s, u.end()));
                    d.span = (u.start(), s);
                    d.with_place = true;
                }
                out.dates.push(d);
                roles[i] = Role::Date(crate::pos(out.dates.len() - 1));
                continue;
            }
        }
        if let Some(place) = paren_dateline(t) {
            // `(Valmont, March 6, 2008)`
            if let Some(&(at, ref m)) = first_date() {
                let mut d = out_date(DateKind::Event, m, u.start() + at, true);
                d.with_place = true;
                d.span = (u.start() + at, u.start() + at + m.len);
                out.dates.push(d);
            }
            if out.location.is_none() {
                out.location = Some(OutField {
                    text: Txt::Owned(place.to_string()),
                    span: (u.start(), u.end()),
                });
                roles[i] = Role::Location;
                continue;
            }
        }
        // a short line carrying a date after a name and a separator: `Mr. CARDOZA — 22 May 2008`
        if !continuation
            && word_count_capped(t, 9) <= 9
            && !ends_sentence(t)
            && let Some(&(at, ref m)) = first_date()
            && word_count_capped(&t[..at], 6) <= 6
            && (t[..at].trim_end().ends_with(['—', '–', '-', '|', ',', '·'])
                || joined_by_of(&t[..at]) && t[at + m.len..].trim().is_empty())
            && word_count_capped(&t[at + m.len..], 2) <= 2
        {
            let mut d = out_date(DateKind::Event, m, u.start() + at, true);
            d.span = (u.start(), u.end());
            out.dates.push(d);
            roles[i] = Role::Date(crate::pos(out.dates.len() - 1));
            // `Department Press Briefing – September 21, 2021`: a headline that carries its
            // date, the title when no other line is
            let head = t[..at].trim_end_matches(['—', '–', '-', '|', ',', '·', ' ']);
            if dated_headline.is_none()
                && word_count_capped(head, 2) >= 2
                && (!crate::grammar::words::is_all_caps(head) || joined_by_of(&t[..at]))
                && crate::grammar::label::period_label(head).is_none()
                && !head.contains(". ")
            {
                dated_headline = Some(i);
            }
            continue;
        }
        // a recording's offset in brackets over the first label (`\[00:18\]`, as the
        // offsets between turns are printed): a marker of the transcript, no time of day
        if t.starts_with(['[', '\\']) && stage::stage_line(t) == Some(crate::model::StageKind::Time)
        {
            roles[i] = Role::Chrome(BoilerplateKind::TranscriptMarker);
            continue;
        }
        if let Some((time, zone, _)) = date::time_line(t) {
            // a time on the line after a date line joins it
            if i > 0
                && let Role::Date(d) = roles[i - 1]
                && out.dates[d as usize].time.is_none()
                && u.blank_before <= 1
            {
                out.dates[d as usize].time = Some(time);
                out.dates[d as usize].zone = zone;
                roles[i] = Role::TimeOf(d);
            } else {
                roles[i] = Role::Chrome(BoilerplateKind::TranscriptMarker);
            }
            continue;
        }
        if t.starts_with('[') && !t.contains(']') {
            roles[i] = Role::Chrome(BoilerplateKind::Other);
            open_bracket = !ends_sentence(t);
            continue;
        }
        if let Some(v) = byline::by_line(t)
            && out.attribution.is_none()
        {
            out.attribution = Some(OutField {
                text: text_of(&t[v..]),
                span: (u.start(), u.end()),
            });
            roles[i] = Role::Attribution;
            continue;
        }
        if let Some(v) = byline::source_line(t) {
            out.source_url = Some(OutField {
                text: Txt::Owned(t[v..].trim().to_string()),
                span: (u.start(), u.end()),
            });
            roles[i] = Role::Source;
            continue;
        }
        if participants_cue(t)
            || (i > 0 && !u.inline && participants_heading(units[i - 1].text(text)) && name_list(t))
        {
            if i > 0 && participants_heading(units[i - 1].text(text)) {
                // (the heading over the list: no dateline place, whatever its shape)
                roles[i - 1] = Role::Chrome(BoilerplateKind::Other);
            }
            roles[i] = Role::Participants;
            continue;
        }
        if u.stage.is_some() {
            roles[i] = Role::Body;
            continue;
        }
        if boilerplate::advert_shape(t) {
            roles[i] = Role::Chrome(BoilerplateKind::Advertisement);
            continue;
        }
        if let Ok((rest, _)) = dateline::inline_dateline(t) {
            let lede = t.len() - rest.len();
            let dash_end = t[..lede].trim_end().len();
            inline_place.set(i, (u.start() + dash_end, u.start() + lede));
        }
        // two-line bylines: `Comments made by` / `the Ministry ... Spokesperson`
        if t.ends_with(" by")
            && word_count_capped(t, 5) <= 5
            && i + 1 < n
            && out.attribution.is_none()
            && roles[i] == Role::Free
            && roles[i + 1] == Role::Free
            && units[i + 1].chrome.is_none()
        {
            let next = units[i + 1].text(text);
            if word_count_capped(next, 12) <= 12
                && !ends_sentence(next)
                && next.chars().any(char::is_alphabetic)
            {
                roles[i] = Role::AttributionCue;
                roles[i + 1] = Role::Attribution;
                out.attribution = Some(OutField {
                    text: text_of(next),
                    span: (u.start(), units[i + 1].end()),
                });
            }
        }
    }
    // `Ned Price, Department Spokesperson`: a person and a role, the issuer when no byline did
    for i in 0..n {
        if roles[i] == Role::Free && name_role_line(units[i].text(text)) {
            if out.attribution.is_none() {
                out.attribution = Some(OutField {
                    text: Txt::Span,
                    span: (units[i].start(), units[i].end()),
                });
                roles[i] = Role::Attribution;
            } else {
                roles[i] = Role::Chrome(BoilerplateKind::Other);
            }
        }
    }
    // press-office lines name the issuer when no byline did
    if out.attribution.is_none() {
        for i in 0..n {
            if roles[i] == Role::Free && byline::office_line(units[i].text(text)) {
                out.attribution = Some(OutField {
                    text: Txt::Span,
                    span: (units[i].start(), units[i].end()),
                });
                roles[i] = Role::Attribution;
                break;
            }
        }
    }

    // 2. Shape: doubled lines are captions (the first copy may still be the title).
    let mut doubled = vec![false; n];
    for i in 1..n {
        if roles[i] == Role::Free
            && roles[i - 1] == Role::Free
            && units[i].text(text) == units[i - 1].text(text)
        {
            doubled[i] = true;
            doubled[i - 1] = true;
        }
    }
    // a table of contents: three or more lines in a row that each end in a page number
    // (`Contracting SME's to Deliver School Supplies 2` / `Supplementary Question 3` / ...),
    // an entry in capitals maybe wrapped over up to three lines (`SUSPENSION OF STANDING
    // ORDERS-` / `REARRANGEMENT OF BUSINESS 22`)
    let mut i = 0;
    while i < n {
        let run = contents_run(text, &units[i..]);
        if run >= 3 {
            for role in &mut roles[i..i + run] {
                if *role == Role::Free {
                    *role = Role::Chrome(BoilerplateKind::Navigation);
                }
            }
        }
        i += run.max(1);
    }
    // a record's notice read by its wording (`The record is uncorrected. ...`, `Corrections
    // should ...`: `other` page text from the line's words, not from its place)
    let notice = |roles: &[Role], k: usize| {
        matches!(roles[k], Role::Free | Role::Chrome(BoilerplateKind::Other))
            && units[k]
                .chrome
                .is_some_and(|(kind, _)| kind == BoilerplateKind::Other)
    };
    // the heading over such a notice of two units or more, naming the record
    // (`PARLIAMENTARY DEBATES CORRECTIONS TO DAILY HANSARD`): a line in capitals that holds a
    // record's name word (a hearing's or a story's own title over such a notice stays)
    for i in 0..n.saturating_sub(2) {
        let t = units[i].text(text);
        if roles[i] == Role::Free
            && units[i].chrome.is_none()
            && notice(&roles, i + 1)
            && notice(&roles, i + 2)
            && is_all_caps(t)
            && !ends_sentence(t)
            && word_count_capped(t, 13) <= 12
            && t.split(' ').any(|w| with_lower(w, record_word))
        {
            roles[i] = Role::Chrome(BoilerplateKind::Other);
        }
    }
    // the job title such a notice is signed with, under it or under its signature (a short
    // line, often scanned into symbols): `Acting Principal Reporter`, two to six capitalized
    // words and no small word (`Remarks By The Vice President` is a title), the last a role
    // word
    let signature = |t: &str| word_count_capped(t, 7) <= 6 && !ends_sentence(t);
    for i in 2..n {
        let t = units[i].text(text);
        let under_notice = notice(&roles, i - 1) && notice(&roles, i - 2)
            || i >= 3
                && signature(units[i - 1].text(text))
                && notice(&roles, i - 2)
                && notice(&roles, i - 3);
        if roles[i] == Role::Free
            && under_notice
            && (2..=6).contains(&word_count_capped(t, 7))
            && t.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && !with_lower(w, is_small_word)
            })
            && t.rsplit(' ')
                .next()
                .is_some_and(|w| with_lower(w, is_role_word))
        {
            roles[i] = Role::Chrome(BoilerplateKind::Other);
        }
    }
    // all-lowercase short tag lines (`anton veresov`); not a hard-wrapped paragraph's last
    // line, opening with a word in lower case (or a link on one) glued to a line of prose that
    // stops before its sentence does (`... to their brothers and fathers and husbands` / `and
    // friends:`; tags come under short lines, and a date under a list is no part of it)
    for i in 0..n {
        let t = units[i].text(text);
        let wrapped = i > 0
            && units[i].blank_before == 0
            && roles[i - 1] == Role::Free
            && t.trim_start_matches('[').starts_with(char::is_lowercase)
            && {
                let p = units[i - 1].text(text);
                !ends_sentence(p) && word_count_capped(p, 8) >= 8
            };
        if roles[i] == Role::Free
            && !wrapped
            && word_count_capped(t, 4) <= 4
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_uppercase)
            && !ends_sentence(t)
        {
            roles[i] = Role::Chrome(BoilerplateKind::Other);
        }
    }

    // 3. The title.
    let cyrillic_page = is_cyrillic_page(text, units);
    let first_prose = (0..n).find(|&k| {
        roles[k] == Role::Free
            && word_count_capped(units[k].text(text), 8) >= 8
            && is_prose(units[k].text(text))
    });
    // (with the browser title lines whose headline the page prints again)
    let (title_idx, browser_lines) = if out.title.is_some() {
        (None, Vec::new())
    } else {
        let mut best: Option<(i32, usize, usize)> = None;
        // the page's first line printing its headline with the site's word for the page after
        // it and no separator (`Sittings of the House (14 June) Debate`), when the headline is
        // printed again on its own line below the site's lines: the site's line, as a browser
        // title with a separator is, and the line it names is the page's
        let bare_site: Option<usize> = (n > 1 && roles[0] == Role::Free)
            .then(|| units[0].text(text))
            .and_then(|first| {
                let (head, suffix) = first.rsplit_once(' ')?;
                let head = head.trim_end();
                (suffix.starts_with(char::is_uppercase)
                    && suffix.chars().all(char::is_alphabetic)
                    && word_count_capped(head, 2) >= 2
                    && !ends_sentence(head)
                    && (1..n.min(40)).any(|k| {
                        roles[k] == Role::Free
                            && units[k].text(text) == head
                            // with the site's lines between (`Full Debate: View Full
                            // Debate`): a sub-heading right under a headline that holds it
                            // (`State of the Union Address` / `State of the Union`) is not
                            // the page's headline
                            && (1..k).any(|j| {
                                matches!(roles[j], Role::Chrome(_))
                                    || key_value_line(units[j].text(text))
                            })
                    }))
                .then_some(head.len())
            });
        if bare_site.is_some() {
            roles[0] = Role::Chrome(BoilerplateKind::Navigation);
        }
        // the lower-cased text of the free units, which candidates compare with their
        // neighbours (roles do not change while candidates are scored)
        let lowered = Lowered::new(text, units, &roles);
        // a browser title, `Headline • Site Name`, whose headline is printed again on its own
        // line: the page's own line is the title, the browser title is chrome
        let split_site = |l: &str| -> Option<usize> {
            boilerplate::SITE_SEPARATORS.iter().find_map(|sep| {
                let (head, site) = l.rsplit_once(sep)?;
                // a headline of words on the left, a site name on the right
                let wordy = |t: &str| {
                    t.starts_with(char::is_alphanumeric)
                        && t.split(' ')
                            .filter(|w| w.chars().any(char::is_alphabetic))
                            .count()
                            >= 2
                };
                // (one word will do when the site's part closes with a date: `QUESTIONS -
                // Island Hansard 2031-08-07`)
                let one_word = |t: &str| {
                    t.chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && !t.contains(' ')
                        && t.ends_with(char::is_alphabetic)
                        && boilerplate::browser_title_date(l).is_some()
                };
                ((wordy(head) || one_word(head))
                    && wordy(site)
                    && word_count_capped(site, 6) <= 6
                    && lowered.contains(head))
                .then_some(head.len())
            })
        };
        let site_title = |k: usize| -> Option<usize> { lowered.with(k, split_site)? };
        // headlines named by a browser title line, whatever that line was taken for
        let browser_titles: Vec<String> = (0..n.min(40))
            .map(|k| units[k].text(text))
            .filter(|t| {
                boilerplate::SITE_SEPARATORS
                    .iter()
                    .any(|sep| t.contains(sep))
            })
            .map(lower)
            .collect();
        let bare_head = bare_site.map(|h| lower(&units[0].text(text)[..h]));
        let headlines: foldhash::HashSet<&str> = browser_titles
            .iter()
            .filter_map(|l| split_site(l).map(|h| &l[..h]))
            .chain(bare_head.as_deref())
            .collect();
        // the first line that prints a headline the browser title names
        let mut first_named = None;
        // (a browser title line that closes with a date is the site's line, never the title)
        let dated_browser_title =
            n > 0 && boilerplate::browser_title_date(units[0].text(text)).is_some();
        for i in 0..n {
            if roles[i] != Role::Free
                || inline_place.get(i).is_some()
                || i == 0 && dated_browser_title
            {
                continue;
            }
            let end = title_group_end(text, units, &roles, i);
            let named = end == i
                && !headlines.is_empty()
                && lowered.with(i, |l| headlines.contains(l)) == Some(true);
            if named && first_named.is_none() {
                first_named = Some(i);
            }
            let score = title_score(
                text,
                units,
                &roles,
                &doubled,
                &lowered,
                (i, end),
                (cyrillic_page, first_prose),
            )
            // a headline named by the browser title, even one opening with a figure
            // (`75th anniversary of Victory`)
            .or_else(|| named.then_some(2))
            .map(|sc| {
                if site_title(i).is_some() {
                    sc - 6
                } else if named {
                    sc + 3
                } else {
                    sc
                }
            });
            if let Some(s) = score
                && best.is_none_or(|(b, _, _)| s > b)
            {
                best = Some((s, i, end));
            }
        }
        // with no better candidate, the headline the browser title names is the title, even
        // when printed twice or in capitals (`SPEAKER'S RULING - Site Name 2023-11-24` over
        // `SPEAKER'S RULING` / `SPEAKER'S RULING`); and a candidate below the first prose
        // paragraph is no better than a named headline above it
        let before_prose = |i: usize| first_prose.is_none_or(|p| i <= p);
        let title = best
            .filter(|&(s, i, _)| {
                s >= 1 && (before_prose(i) || first_named.is_none_or(|k| !before_prose(k)))
            })
            .map(|(_, i, end)| (i, end))
            .or(first_named.map(|i| (i, i)));
        let browser_lines: Vec<usize> = if headlines.is_empty() {
            Vec::new()
        } else {
            (0..n.min(40))
                .filter(|&k| title.is_none_or(|(i, _)| i != k) && site_title(k).is_some())
                .collect()
        };
        (title, browser_lines)
    };
    // a browser title line (`Headline • Site Name`) whose headline the page prints is the
    // site's line, not the page's text
    for k in browser_lines {
        if roles[k] == Role::Free {
            roles[k] = Role::Chrome(BoilerplateKind::Navigation);
        }
    }
    // (not over a front-matter title, which is the page's own)
    if title_idx.is_none()
        && out.title.is_none()
        && let Some(i) = dated_headline
    {
        // the date keeps its mention; the line is also the title
        out.title = Some(OutField {
            text: block_text(text, (units[i].start(), units[i].end())),
            span: (units[i].start(), units[i].end()),
        });
    }
    if let Some((i, end)) = title_idx {
        for r in &mut roles[i..=end] {
            *r = Role::Title;
        }
        let span = (units[i].start(), units[end].end());
        let printed = joined(text, &units[i..=end]);
        let heading = strip_heading_marks(&printed);
        out.title = Some(OutField {
            text: if end == i && heading.len() == printed.len() {
                block_text(text, span)
            } else {
                Txt::Owned(heading.to_string())
            },
            span,
        });
        // the other copy of a doubled title is a caption
        for j in [i.wrapping_sub(1), i + 1] {
            if j < n
                && doubled[j]
                && roles[j] == Role::Free
                && units[j].text(text) == units[i].text(text)
            {
                roles[j] = Role::Chrome(BoilerplateKind::Caption);
            }
        }
    }
    for i in 0..n {
        if doubled[i] && roles[i] == Role::Free {
            roles[i] = Role::Chrome(BoilerplateKind::Caption);
        }
    }
    let content_from = title_idx.map_or(0, |(_, end)| end + 1);
    let title_idx = title_idx.map(|(i, _)| i);

    // 4. The place: a place-shaped line near the dates, or a place after a date on its line.
    if out.location.is_none() {
        if let Some(i) = date_place.first() {
            let (s, e) = date_place.get(i).unwrap_or_default();
            out.location = Some(OutField {
                text: block_text(text, (s, e)),
                span: (s, e),
            });
        } else {
            let mut best: Option<(i32, usize)> = None;
            // the title again, in other capitals (a running header of a record converted from
            // PDF) is no place
            let title_again = |t: &str| {
                title_idx.is_some_and(|ti| {
                    let title = units[ti].text(text);
                    title.len() == t.len() && title.to_lowercase() == t.to_lowercase()
                })
            };
            for i in 0..n {
                // (a venue and its building joined by a bar over the time line, `East Room |
                // The Residence` / `4:21 P.M. EDT`, was taken for a menu of links)
                let venue_bar = matches!(
                    roles[i],
                    Role::Free | Role::Chrome(BoilerplateKind::Navigation)
                ) && venue_bar(units[i].text(text))
                    && units
                        .get(i + 1)
                        .is_some_and(|u| date::time_line(u.text(text)).is_some());
                if roles[i] != Role::Free && !venue_bar || title_again(units[i].text(text)) {
                    continue;
                }
                if venue_bar {
                    if best.is_none_or(|(b, _)| b < 5) {
                        best = Some((5, i));
                    }
                    continue;
                }
                if let Some(s) = place_score(
                    text,
                    units,
                    &roles,
                    i,
                    (title_idx, no_turns, !out.front_matter.is_empty()),
                ) && best.is_none_or(|(b, _)| s > b)
                {
                    best = Some((s, i));
                }
            }
            if let Some((_, won)) = best.filter(|&(s, _)| s >= 2) {
                let mut i = won;
                // the second line of a place printed on two lines won (`Aboard Air Force One`
                // / `En Route Cleveland, Ohio`, the time line after it): the place starts above
                if i > 0
                    && roles[i - 1] == Role::Free
                    && units[i].blank_before <= 1
                    && !units[i].inline
                    && title_idx.is_none_or(|ti| ti < i - 1)
                    && {
                        // a venue's name: up to eight words, not a heading in capitals; a
                        // number inside it is the venue's (`Sprinkler Fitters Local 692 Hall`)
                        // (Markdown emphasis left out, `*10 Downing Street`, `*** **Babylon
                        // Micro-Farms`; a street number too, `10 Downing Street`)
                        let above = units[i - 1].text(text).replace('*', "");
                        let number = |w: &str| {
                            (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
                        };
                        let named: Vec<&str> = above
                            .split(' ')
                            .filter(|w| !(w.is_empty() || number(w)))
                            .collect();
                        word_count_capped(&above, 8) <= 8
                            && !named.is_empty()
                            && !is_all_caps(&above)
                            && dateline::place_shape(&named.join(" ")).is_some()
                    }
                {
                    i -= 1;
                }
                roles[i] = Role::Location;
                let mut end = units[i].end();
                if won > i {
                    // the venue's name above the line that won: both lines are the place
                    roles[won] = Role::Location;
                    end = units[won].end();
                } else if i + 1 < n
                    && roles[i + 1] == Role::Free
                    && units[i + 1].blank_before <= 1
                    && (dateline::place_shape(units[i + 1].text(text)) == Some(true)
                        || dateline::place_shape(units[i + 1].text(text)).is_some()
                            && units[i + 1].text(text).contains(','))
                    && (i + 2 >= n
                        || !matches!(roles[i + 2], Role::Free)
                        || word_count_capped(units[i + 2].text(text), 8) > 8
                        || units[i + 2].accepted)
                {
                    roles[i + 1] = Role::Location;
                    end = units[i + 1].end();
                }
                out.location = Some(OutField {
                    text: place_text(text, (units[i].start(), end)),
                    span: (units[i].start(), end),
                });
                // a date printed with the place is a dateline
                for d in &mut out.dates {
                    if d.in_header
                        && d.span.1 <= units[i].start()
                        && units[i].start() - d.span.1 < 200
                    {
                        d.with_place = true;
                    }
                }
            }
        }
    }

    // 5. The summary: the first prose run after the title; a participants line apart.
    let mut summary: Option<(usize, usize, usize)> = None; // (first unit, last unit, start offset)
    // (the title as printed: printed again over the lede, it is a heading, not the lede)
    let title_text = out.title.as_ref().map(|t| &text[t.span.0..t.span.1]);
    for i in content_from..n {
        if roles[i] != Role::Free
            || title_text == Some(units[i].text(text))
            // (a page cut from a longer record may open in the middle of a sentence: `moved
            // earlier by the Minister ...` goes on with speech, it is no lede)
            || opens_mid_sentence(units[i].text(text))
            || list_item(units[i].text(text))
            || key_value_line(units[i].text(text))
            || {
                let probe = paragraph_probe(text, units, &roles, i);
                !is_prose(&probe) || link_run(&probe)
            }
        {
            continue;
        }
        // a first paragraph that speaks (`Good morning. ...`, `I am delighted to ...`) is the
        // speech of a page without labels, or the end of a turn cut at the page's start: the
        // page has no lede
        if spoken(&paragraph_probe(text, units, &roles, i)) {
            break;
        }
        // `VALBY — The minister answered ...`: the lede opens with its dateline
        let start = match inline_place.get(i) {
            Some((place_end, lede)) if out.location.is_none() => {
                let place =
                    text[units[i].start()..place_end].trim_end_matches(['—', '–', '-', ' ']);
                let place = place.find(" (").map_or(place, |p| &place[..p]);
                out.location = Some(OutField {
                    text: Txt::Owned(place.to_string()),
                    span: (units[i].start(), place_end),
                });
                lede
            }
            _ => units[i].start(),
        };
        // a lede is a few paragraphs: it stops before a fourth one, or before another one
        // once it holds 1,200 bytes (a page with no turns would otherwise give all its prose)
        let mut last = i;
        let mut paragraphs = 1;
        while last + 1 < n
            && roles[last + 1] == Role::Free
            && !units[last + 1].inline
            && summary_continues(text, &units[last], &units[last + 1])
        {
            if units[last + 1].blank_before > 0 {
                if paragraphs == MAX_LEDE_PARAGRAPHS
                    || units[last].end() - start >= MAX_LEDE_BYTES_BEFORE_ANOTHER
                {
                    break;
                }
                paragraphs += 1;
            }
            last += 1;
        }
        summary = Some((i, last, start));
        break;
    }
    if summary.is_none() && title_idx.is_none() && !no_turns {
        // no title: a lede may open the page
        if let Some(i) = (0..n).find(|&i| {
            let t = units[i].text(text);
            roles[i] == Role::Free && is_prose(t) && !opens_mid_sentence(t)
        }) {
            summary = Some((i, i, units[i].start()));
        }
    }
    if let Some((a, b, start)) = summary {
        for r in roles.iter_mut().take(b + 1).skip(a) {
            *r = Role::Summary;
        }
        let span = (start, units[b].end());
        out.summary = Some(OutField {
            text: paragraph_text(text, &units[a..=b], start),
            span,
        });
        // a date at the very start of the lede (`VESTNIK-NEWS. September 4, 2013. ...`)
        let t = &text[start..units[a].end()];
        if let Some((at, m)) = date::first_date(t)
            && at <= 40
            && !out.dates.iter().any(|d| d.in_header)
        {
            let mut d = out_date(DateKind::Event, &m, start + at, true);
            d.with_place = false;
            out.dates.push(d);
        }
    }
    // a date closing a browser title line that opens the page (`HEADLINE - Site Name
    // 2021-02-11`): the date the site gives the page, when its header prints none
    if !out.dates.iter().any(|d| d.in_header)
        && let Some(first) = units.first()
        && let Some(at) = boilerplate::browser_title_date(first.text(text))
        && let Some((_, m)) = date::first_date(&first.text(text)[at..])
    {
        let mut d = out_date(DateKind::Event, &m, first.start() + at, true);
        d.with_place = false;
        out.dates.push(d);
    }
    for i in 0..n {
        if roles[i] == Role::Participants {
            if out.participants.is_none() {
                out.participants = Some(OutField {
                    text: block_text(text, (units[i].start(), units[i].end())),
                    span: (units[i].start(), units[i].end()),
                });
            } else {
                roles[i] = Role::Body;
            }
        }
    }

    // 6. Everything else: before the title or in a menu run it is chrome, after it prose is body.
    // (a title from front matter: the front matter was the header, and no line comes before it)
    let titled_above = !out.front_matter.is_empty() && out.title.is_some() && title_idx.is_none();
    let first_field = (0..n)
        .find(|&i| {
            matches!(
                roles[i],
                Role::Title | Role::Date(_) | Role::Summary | Role::Attribution | Role::Location
            )
        })
        .unwrap_or(if titled_above { 0 } else { n });
    for i in 0..n {
        if roles[i] != Role::Free {
            continue;
        }
        let t = units[i].text(text);
        let prose = is_prose(t) || (no_turns && word_count_capped(t, 4) >= 4);
        // before the title, a page with no turns keeps only sentences as body: its menus
        // (`The Constitution of Russia`) are chrome however many words they have; a centred
        // line is a typed document's own heading (`ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ`)
        let before = i < first_field;
        let menu = !no_turns || !is_prose(t) && units[i].indent < 4;
        // the last line of a hard-wrapped paragraph (`the world.` under `... and partners
        // around`): the paragraph goes on
        let continues = i > 0
            && units[i].blank_before == 0
            && !units[i].inline
            && roles[i - 1] == Role::Body
            && !ends_sentence(units[i - 1].text(text));
        // (a paragraph's hard-wrapped last line is the paragraph's wherever it is: no menu)
        roles[i] = if !continues && (before && !prose || before && title_idx.is_some() && menu) {
            Role::Chrome(if boilerplate::breadcrumb(t) {
                BoilerplateKind::Breadcrumb
            } else {
                BoilerplateKind::Navigation
            })
        } else if prose
            || continues
            || super::glued_to_head(text, units, i)
            || starts_upper(t) && word_count_capped(t, 3) >= 3
            || units[i].has_label()
            // a short sentence of a page with no turns, after its header (`Thank you.`,
            // `Vote!` in remarks as prepared for delivery; not `Loading...`)
            || no_turns
                && !before
                && starts_upper(t)
                && ends_sentence(t)
                && !t.ends_with("...")
                && !t.ends_with('…')
            // over a paragraph of prose, a numbered heading of the text after its header
            // (`1. **Introduction**`), or a short one after a paragraph's end (`... chain.` /
            // `Conclusion` / `Our economic ...`), with no word of page chrome (`Keep Reading`,
            // `1. Photos`)
            || no_turns
                && !before
                && units[i].chrome.is_none()
                && (outline_heading(t)
                    || short_heading(t) && i > 0 && ends_sentence(units[i - 1].text(text)))
                && units.get(i + 1).is_some_and(|n| is_prose(n.text(text)))
        {
            Role::Body
        } else {
            Role::Chrome(BoilerplateKind::Other)
        };
    }

    // 7. Emit in order (into lists sized first: on a page with no turns these are the page,
    // and growing them by doubling would hold up to three times what they keep)
    let body = roles
        .iter()
        .filter(|r| matches!(r, Role::Body | Role::Location))
        .count();
    let chrome = roles
        .iter()
        .filter(|r| matches!(r, Role::Chrome(_)))
        .count();
    out.body.reserve_exact(body);
    out.boilerplate.reserve_exact(chrome);
    for i in 0..n {
        let u = &units[i];
        match roles[i] {
            Role::Chrome(kind) => out.chrome(kind, (u.start(), u.end())),
            Role::Body => out.body_line(text, units, i, i > 0 && roles[i - 1] == Role::Body),
            Role::TimeOf(d) => {
                let span = &mut out.dates[d as usize].span;
                span.1 = span.1.max(u.end());
            }
            Role::Location => {
                if let Some(loc) = &out.location
                    && loc.span.0 != u.start()
                    && loc.span.1 != u.end()
                {
                    out.body
                        .push(OutPara::new(Txt::Collapsed, (u.start(), u.end())));
                }
            }
            Role::Date(d) => {
                // the place printed after the date is the location; when another place won,
                // the rest of the line stays with the date
                if let Some((s, _)) = date_place.get(i)
                    && out.location.as_ref().is_none_or(|l| l.span.0 != s)
                {
                    out.dates[d as usize].span.1 = u.end();
                }
            }
            _ => {}
        }
        // an inline dateline whose place was not used keeps the whole line in the summary
        if roles[i] == Role::Summary
            && let Some((_, lede)) = inline_place.get(i)
            && out.summary.as_ref().is_some_and(|s| s.span.0 == lede)
            && out.location.as_ref().is_none_or(|l| l.span.0 != u.start())
            && let Some(s) = &mut out.summary
        {
            s.span.0 = u.start();
            s.text = paragraph_text(text, std::slice::from_ref(u), u.start());
        }
    }
    if no_turns {
        // the summary stays; the title stays; prose is body
    }
}

/// The text of the paragraph that unit `i` opens, read across interleaved line numbers and
/// other chrome: up to four lines that continue one another.
fn paragraph_probe(text: &str, units: &[Unit], roles: &[Role], i: usize) -> String {
    let mut s = units[i].text(text).to_string();
    let mut prev = i;
    let mut taken = 1;
    let mut k = i + 1;
    while k < units.len() && taken < 4 {
        if matches!(roles[k], Role::Chrome(BoilerplateKind::PageFurniture)) {
            k += 1;
            continue;
        }
        let mut next = units[k].clone();
        next.set_numbered(false); // reading across line numbers is the point here
        if roles[k] != Role::Free || !summary_continues(text, &units[prev], &next) {
            break;
        }
        s.push(' ');
        s.push_str(units[k].text(text));
        prev = k;
        taken += 1;
        k += 1;
    }
    s
}

/// Whether `t` opens in the middle of a sentence: with a word in lower case (`moved earlier
/// by ...`, `esteemed Members, ...`) that is not a name written so (`iPhone maker ...`, `de
/// Gaulle said ...`).
fn opens_mid_sentence(t: &str) -> bool {
    let first = t.split(' ').next().unwrap_or("");
    first.starts_with(char::is_lowercase)
        && !first.chars().any(char::is_uppercase)
        && !matches!(
            first,
            "de" | "da" | "di" | "du" | "van" | "von" | "der" | "la" | "le" | "al" | "el" | "bin"
        )
}

/// Whether a paragraph reads as speech, not as a report of it: it opens with a greeting or
/// thanks (`Good morning.`, `Thank you, Chair.`, `Добрый день!`), or its first sentence, not a
/// quotation, speaks in the first or second person or thanks (`I am delighted to be here.`,
/// `We all have our traditions.`, `General Lee, thank you for hosting us.`; not by `our` or
/// `us` alone, which a news lede may print: `... spoke with our correspondent`). A lede
/// reports in the third person (`The President met ...`; LABELING.md: "the lede paragraph(s)
/// between the header and the first turn").
fn spoken(t: &str) -> bool {
    // (after any emphasis or rule marks: `\\*\\*\\* Thank you, Elisabeth.`)
    let t = t.trim_start_matches(['*', '\\', '#', '_', ' ']);
    if crate::grammar::words::opens_with_greeting(t) {
        return true;
    }
    if t.starts_with(['"', '“', '«', '„', '\'']) {
        return false;
    }
    // (the first sentence ends at a stop before a space, not at an initial's: `honourable I.
    // Lindau`)
    let initial = |k: usize| {
        let before = &t[..k];
        let mut rev = before.chars().rev();
        rev.next().is_some_and(char::is_uppercase) && rev.next().is_none_or(|c| c == ' ')
    };
    let first = t
        .char_indices()
        .find(|&(k, c)| {
            matches!(c, '.' | '!' | '?') && t[k + 1..].starts_with(' ') && !(c == '.' && initial(k))
        })
        .map_or(t, |(k, _)| &t[..k]);
    // (`I.` is an initial)
    first.split(' ').filter(|w| !w.ends_with('.')).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
            "I" | "I'm"
                | "I’m"
                | "I've"
                | "I’ve"
                | "I'd"
                | "I’d"
                | "I'll"
                | "I’ll"
                | "my"
                | "My"
                | "me"
                | "we"
                | "We"
                | "you"
                | "You"
                | "your"
                | "Your"
                | "thank"
        )
    })
}

/// The most paragraphs a summary (lede) holds.
const MAX_LEDE_PARAGRAPHS: usize = 3;

/// A summary of this many bytes or more takes no further paragraph.
const MAX_LEDE_BYTES_BEFORE_ANOTHER: usize = 1_200;

/// Whether the next unit continues the summary: a hard-wrapped line, or another full lede
/// paragraph; not after a line ending with a colon, not a short caption-like line.
fn summary_continues(text: &str, prev: &Unit, next: &Unit) -> bool {
    let p = prev.text(text);
    let t = next.text(text);
    if list_item(t) {
        return false; // a list starts below the lede
    }
    if p.ends_with(':') || next.numbered() {
        return false; // a line number between them would fall inside the field
    }
    let starts_lower = t.chars().next().is_some_and(char::is_lowercase);
    match next.blank_before {
        0 if !ends_sentence(p) || starts_lower => true,
        0 | 1 if starts_lower && !ends_sentence(p) => true,
        _ => is_prose(t) && word_count_capped(t, 8) >= 8,
    }
}

/// Whether `t` opens with a list marker: `• `, `- `, `* `, `1. `, `(a) `, `a) `.
fn list_item(t: &str) -> bool {
    if t.starts_with(['•', '·', '▪', '*']) || t.starts_with("- ") {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && t[digits..].starts_with(['.', ')'])
        && t[digits + 1..].starts_with(' ')
}

/// `Ned Price, Department Spokesperson`, `Antony J. Blinken, Secretary of State`: a name of two
/// to four capitalized words, a comma, and a role.
fn name_role_line(t: &str) -> bool {
    let Some((name, role)) = t.split_once(", ") else {
        return false;
    };
    if ends_sentence(t) || word_count_capped(t, 16) > 16 || t.contains(':') {
        return false;
    }
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    // (the role in title case: a line of speech that greets people by name and role goes on
    // in lower case, `Mayor Ann Lee, Director Bo Kim, thank you for`)
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| with_lower(w, is_role_word))
        && role.split([' ', ',']).any(|w| with_lower(w, is_role_word))
        && role
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .all(|w| !w.starts_with(char::is_lowercase) || with_lower(w, is_small_word))
}

fn text_of(s: &str) -> Txt {
    Txt::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a headline's words before its closing date end with `of` or `on` (`Council
/// Meeting of 4 March 2031`, `COUNCIL MEETING ON ...`).
fn joined_by_of(before: &str) -> bool {
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(last, "of" | "on" | "OF" | "ON" | "Of" | "On") && before.trim_end().contains(' ')
}

/// A short remainder after a date that is still part of a date line (`#221`, `(Reuters)`).
fn is_short_tail(rest: &str) -> bool {
    // (up to a bullet and a recording's length: `• 1:14:37`)
    rest.len() <= 12 && !rest.chars().any(char::is_alphabetic)
}

/// `(Valmont, March 6, 2008)`: the place.
fn paren_dateline(t: &str) -> Option<&str> {
    let inner = t.strip_prefix('(')?.strip_suffix(')')?;
    let (place, rest) = inner.split_once(',')?;
    let place = place.trim();
    let rest = rest.trim();
    date::date(rest).filter(|m| m.len == rest.len())?;
    dateline::place_shape(place)?;
    Some(place)
}

/// Lines that name who took part: `Taking part in the meeting: ...`, `Also present: ...`.
/// Cues of a participants line (all under 64 bytes, see [`participants_cue`]).
const PARTICIPANTS_CUES: [&str; 12] = [
    "taking part in",
    "also taking part",
    "also present",
    "participants:",
    "attending:",
    // a hearing's bench and counsel (`Before: Justice ...`, `Appearances: Ms. ...`)
    "before:",
    "appearances:",
    "в мероприятии приняли участие",
    "в совещании приняли участие",
    "в заседании приняли участие",
    "в встрече приняли участие",
    "принимали участие",
];

/// Whether `t` is a participants line: a cue and the names after it on the line (a cue alone,
/// `APPEARANCES:`, heads a list the record prints line by line).
fn participants_cue(t: &str) -> bool {
    let l = crate::grammar::words::lower_start(t, 64);
    PARTICIPANTS_CUES
        .iter()
        .any(|c| l.starts_with(c) && t.get(c.len()..).is_none_or(|rest| !rest.trim().is_empty()))
}

/// Whether `t` is a heading over a list of who took part, alone on its line (`SPEAKERS`,
/// `Participants:`, as speech-to-text exports and event pages print one).
fn participants_heading(t: &str) -> bool {
    let t = t.trim_end_matches(':');
    t.len() <= 24
        && [
            "speakers",
            "participants",
            "attendees",
            "panelists",
            "panellists",
            "in attendance",
            "участники",
        ]
        .iter()
        .any(|h| crate::grammar::words::lower_start(t, 24) == *h)
}

/// Whether `t` is a list of names and roles: items between commas or semicolons, each of one
/// to five words opening with a capital, none with a bracket, no sentence end.
fn name_list(t: &str) -> bool {
    t.len() <= 400
        && !ends_sentence(t)
        && t.split([',', ';']).all(|item| {
            let item = item.trim();
            item.starts_with(char::is_uppercase)
                && !item.contains(['(', '['])
                && word_count_capped(item, 6) <= 5
        })
}

/// Whether `t` reads as prose: a sentence of some length.
/// Whether `t` is a key and a short value (`Subject: Page No`, `Department: Transport`): page
/// metadata, not a headline or a lede.
fn key_value_line(t: &str) -> bool {
    t.split_once(": ").is_some_and(|(key, value)| {
        word_count_capped(key, 2) <= 2 && word_count_capped(value, 4) <= 4
    })
}

/// Whether `t` opens with a run of capitalized link texts: in its first twelve words at most
/// one lower-case word and no punctuation (`Chamber View Full debate View Record Text View
/// Debate Extracts`). A menu, not a lede: a lede has punctuation or function words.
fn link_run(t: &str) -> bool {
    let (mut words, mut lower_words) = (0, 0);
    for w in t.split(' ').filter(|w| !w.is_empty()).take(12) {
        if w.contains(|c: char| c.is_ascii_punctuation() && c != '-' && c != '\'') {
            return false;
        }
        words += 1;
        lower_words += usize::from(w.starts_with(char::is_lowercase));
    }
    words >= 8 && lower_words <= 1
}

fn is_prose(t: &str) -> bool {
    if is_all_caps(t) {
        return false; // headings and tables of contents
    }
    // counted up to ten: a long paragraph is not read through
    let words = t
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(10)
        .count();
    words >= 10 || (words >= 4 && (ends_sentence(t) || t.ends_with(':')))
}

fn is_cyrillic_page(text: &str, units: &[Unit]) -> bool {
    let mut cyr = 0usize;
    let mut lat = 0usize;
    for u in units.iter().rev().take(40) {
        for c in u.text(text).chars().take(200) {
            if ('\u{400}'..='\u{4ff}').contains(&c) {
                cyr += 1;
            } else if c.is_ascii_alphabetic() {
                lat += 1;
            }
        }
    }
    cyr > lat
}

fn script_is_cyrillic(t: &str) -> bool {
    let cyr = t
        .chars()
        .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
        .count();
    let lat = t.chars().filter(char::is_ascii_alphabetic).count();
    cyr > lat
}

/// The last unit of a title printed over several lines starting at `i`: lines with no blank
/// between them, each but the last ending with a small word (`... по взаимодействию с`) or
/// followed by a line starting in lower case. At most three lines.
fn title_group_end(text: &str, units: &[Unit], roles: &[Role], i: usize) -> usize {
    let mut j = i;
    while j + 1 < units.len() && j - i < 2 {
        let next = &units[j + 1];
        if roles[j + 1] != Role::Free
            || next.blank_before > 0
            || next.inline
            || next.accepted
            || next.numbered()
        {
            break;
        }
        let cur = units[j].text(text);
        let last_word = lower(cur.rsplit(' ').next().unwrap_or(""));
        let centred = units[j].indent >= 4 && next.indent >= 4;
        let joins = is_small_word(&last_word)
            || next
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            || centred;
        if !joins || ends_sentence(cur) {
            break;
        }
        j += 1;
    }
    j
}

/// The text of units joined with single spaces.
fn joined(text: &str, units: &[Unit]) -> String {
    let mut s = String::new();
    for u in units {
        for w in u.text(text).split(' ').filter(|w| !w.is_empty()) {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(w);
        }
    }
    s
}

/// The text of a place block: [`block_text`], with the Markdown emphasis marks and inline HTML
/// tags around its lines set aside (`*Meridian High School` / `Falls Church, Virginia*`,
/// `<span style="...">Falls Church, Virginia</span>`).
fn place_text(text: &str, span: (usize, usize)) -> Txt {
    let printed = &text[span.0..span.1];
    if !printed.contains(['*', '_', '<']) {
        return block_text(text, span);
    }
    let lines: Vec<String> = printed
        .lines()
        .map(|l| {
            let bare = without_tags(l);
            // (emphasis opened twice, `*** **Babylon Farms`, goes too)
            bare.trim_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace())
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect();
    Txt::Owned(lines.join(" "))
}

/// `line` without inline HTML tags (`<span style="...">`, `</span>`), which text extraction
/// leaves around a styled line.
fn without_tags(line: &str) -> Cow<'_, str> {
    if !line.contains('<') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        let tag = &rest[open + 1..];
        let Some(close) = tag.find('>') else {
            break;
        };
        // a tag opens with a letter or `/` (not `a < b`)
        if !tag.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
            out.push_str(&rest[..open + 1]);
            rest = tag;
            continue;
        }
        out.push_str(&rest[..open]);
        rest = &tag[close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A Markdown heading's text without its `#` marks.
fn strip_heading_marks(t: &str) -> &str {
    let stripped = t.trim_start_matches('#');
    if stripped.len() < t.len() && stripped.starts_with(' ') {
        stripped.trim_start()
    } else {
        t
    }
}

/// The score of units `first..=last` as the title, or `None` when they cannot be one.
fn title_score(
    text: &str,
    units: &[Unit],
    roles: &[Role],
    doubled: &[bool],
    lowered: &Lowered<'_>,
    (i, last): (usize, usize),
    (cyrillic_page, first_prose): (bool, Option<usize>),
) -> Option<i32> {
    let u = &units[i];
    // the joined text starts as the unit does, and is no shorter than the unit when the unit
    // has no run of spaces: the first two checks below read the unit alone when they can
    let ut = u.text(text);
    if !ut.starts_with('#')
        && (ut.len() > 300 && !crate::grammar::words::has_double_space(ut)
            || !ut.chars().next().is_some_and(|c| {
                c.is_alphabetic() && c.is_uppercase() || matches!(c, '«' | '"' | '“')
            }))
    {
        return None;
    }
    let whole = joined(text, &units[i..=last]);
    let t = strip_heading_marks(&whole);
    let words = word_count(t);
    let first = t.chars().next()?;
    if words == 0
        || t.len() > 300
        || !(first.is_alphabetic() && first.is_uppercase() || matches!(first, '«' | '"' | '“'))
    {
        return None;
    }
    if t == "None" || t == "null" || u.text(text).contains("    ") || t.contains("----") {
        return None; // a placeholder, columns of a caption box, or a form's rule line
    }
    // letter-spaced headings (`C O N T E N T S`) and lines that finish the sentence above
    // (a function word ends no headline, but a capitalized one is a name: `... Ван И`)
    let printed_last = t.rsplit(' ').next().unwrap_or("");
    let last_word = lower(printed_last);
    if t.split(' ').all(|w| w.chars().count() <= 1)
        || t.ends_with(',') && !whole.starts_with("# ")
        || (is_all_caps(t) || !printed_last.starts_with(char::is_uppercase))
            && words > 1
            && crate::grammar::words::is_function_word(&last_word)
        || i > 0
            && units[i].blank_before <= 1
            && crate::grammar::words::ends_mid_sentence(units[i - 1].text(text))
    {
        return None;
    }
    // (a page's first line over its date line is its headline, whatever its colon:
    // `Rail Services: Northern Routes` / `Volume 812: debated on ...`)
    if key_value_line(t) && !(i == 0 && matches!(roles.get(last + 1), Some(Role::Date(_)))) {
        return None;
    }
    // a line whose sentence goes on below is not a headline
    // (a date line opening with a weekday in lower case, `jeudi 14 mars 2024`, goes on nothing)
    if !matches!(roles.get(last + 1), Some(Role::Date(_)))
        && units.get(last + 1).is_some_and(|n| {
            let nt = n.text(text);
            n.blank_before <= 1
                && nt.starts_with(char::is_lowercase)
                && (word_count_capped(nt, 4) >= 4 || ends_sentence(nt))
        })
    {
        return None;
    }
    // (a Markdown first-level heading is a headline however it ends: `# ... ACT,`)
    if (t.ends_with('.') && !t.ends_with("...") || t.ends_with([',', ';']))
        && !whole.starts_with("# ")
    {
        return None;
    }
    if u.has_label() && u.accepted {
        return None;
    }
    let mut score = match words {
        1 => -2,
        2 => -1,
        3..=30 => 2,
        _ => -1,
    };
    if is_all_caps(t) {
        score -= 1;
    }
    // a Markdown first-level heading is the page's own title
    if whole.starts_with("# ") {
        score += 4;
    }
    // a heading printed twice at the top of the page, before anything else of it, is the
    // page's heading as a scraper doubled it (`EDUCATION` / `EDUCATION`); further down a
    // doubled line is a caption
    // (not a site's masthead doubled over the page's own heading, `PARLIAMENT OF AVANA` x2 /
    // `FISHERIES BILL`, nor a record's name, `Hansard`)
    let heading_below = units.get(i + 2).is_some_and(|n| {
        let nt = n.text(text);
        roles.get(i + 2) == Some(&Role::Free)
            && !n.accepted
            && word_count_capped(nt, 9) <= 8
            && !ends_sentence(nt)
            && !nt.ends_with(':')
    });
    let record_name = t.split(' ').any(|w| with_lower(w, record_word));
    let top_doubled =
        doubled[i] && (0..i).all(|k| roles[k] != Role::Free) && !heading_below && !record_name;
    if top_doubled {
        score += 4;
    } else if doubled[i] {
        score -= 1;
    }
    // a motion (`That the sum of ... stand part of the Schedule`) is no headline
    if t.starts_with("That ") && t[5..].starts_with(char::is_lowercase) {
        score -= 3;
    }
    if script_is_cyrillic(t) != cyrillic_page {
        score -= 3;
    }
    // a line ending in a colon introduces what follows (`I propose the Question:`)
    if t.ends_with(':') && !whole.starts_with("# ") {
        return None;
    }
    // a heading repeated inside a longer one just above (`French Daily Press Briefing` over
    // `Daily Press Briefing`) is a sub-heading
    let lt = lower(t);
    if (i.saturating_sub(4)..i).any(|k| {
        roles[k] == Role::Free
            && lowered.with(k, |other| {
                other.len() > lt.len() && other.contains(lt.as_str())
            }) == Some(true)
    }) {
        score -= 3;
    }
    // ... and the longer heading above it is the headline
    if (last + 1..(last + 5).min(units.len())).any(|k| {
        roles[k] == Role::Free
            && lowered.with(k, |other| {
                word_count_capped(other, 3) >= 3 && other.len() < lt.len() && lt.contains(other)
            }) == Some(true)
    }) {
        score += 2;
    }
    // headlines come before the page's first prose paragraph
    if first_prose.is_some_and(|p| p < i) {
        score -= 2;
    }
    let next = (last + 1..units.len()).next();
    let prev = i.checked_sub(1);
    if let Some(j) = next {
        match roles[j] {
            Role::Date(_) | Role::Attribution | Role::AttributionCue | Role::Participants => {
                score += 2
            }
            Role::Chrome(BoilerplateKind::Caption) => score += 1,
            _ => {}
        }
        // followed by a lede: prose that reads as sentences (a long title is no lede)
        let probe = paragraph_probe(text, units, roles, j);
        if roles[j] == Role::Free
            && is_prose(&probe)
            && (ends_sentence(&probe)
                || probe.contains(". ")
                || word_count_capped(&probe, 20) >= 20)
        {
            score += 2;
        }
        if units[j].accepted {
            score += 1;
        }
    } else {
        score += 1; // the header's last line, right before the first turn
    }
    if let Some(j) = prev {
        match roles[j] {
            // date, then place: the dateline's place, not a headline
            Role::Date(_) if last == i && dateline::place_shape(t).is_some() => score -= 1,
            Role::Date(_) | Role::Chrome(BoilerplateKind::Breadcrumb) => score += 1,
            Role::Chrome(BoilerplateKind::Navigation)
                if word_count_capped(units[j].text(text), 2) <= 2 =>
            {
                score += 1
            }
            _ => {}
        }
    }
    // inside a run of short menu lines
    let short = |j: usize| {
        let t = units[j].text(text);
        word_count_capped(t, 6) <= 6 && !ends_sentence(t) && !matches!(roles[j], Role::Date(_))
    };
    let before_short =
        prev.is_some_and(short) && prev.and_then(|p| p.checked_sub(1)).is_some_and(short);
    let after_short = next.is_some_and(|j| short(j) && roles[j] == Role::Free)
        && (i + 2 < units.len() && short(i + 2));
    // (its own copy below is no menu line)
    if after_short && (before_short || words <= 4) && !top_doubled {
        score -= 3;
    }
    Some(score)
}

/// The score of unit `i` as the dateline place, or `None` when it cannot be one.
fn place_score(
    text: &str,
    units: &[Unit],
    roles: &[Role],
    i: usize,
    (title, no_turns, front_matter): (Option<usize>, bool, bool),
) -> Option<i32> {
    let printed = units[i].text(text);
    let bare = without_tags(printed);
    let t: &str = &bare;
    // (right under the date or time line, a place named by common nouns before its region:
    // `Tsugol training range, Trans-Baikal Territory`)
    let under_date = i > 0 && matches!(roles[i - 1], Role::Date(_) | Role::TimeOf(_));
    let strong = match dateline::place_shape(t) {
        Some(strong) => strong,
        None if under_date && dateline::common_place(t) => true,
        None => return None,
    };
    if title.is_some_and(|ti| i < ti) {
        return None;
    }
    // a heading over a page number is a running header's (`Page 11` / `3 rd December, 2024` /
    // `Presentation of Reports` / `2313`), not a dateline's place
    if units.get(i + 1).is_some_and(|n| {
        matches!(n.chrome, Some((BoilerplateKind::PageFurniture, _)))
            && n.text(text).starts_with(|c: char| c.is_ascii_digit())
    }) {
        return None;
    }
    let mut score = 0;
    if strong {
        score += 2;
    }
    if t.contains(',') {
        score += 1;
    }
    // after a date or time line (a dateline); before one only when it reads as a place
    // (a time of day on its own line counts as a dateline's too: `The Pentagon` /
    // `Arlington, Virginia` / `3:20 P.M. EST` on a page whose date is in its front matter)
    let near_date = |j: usize| {
        matches!(roles[j], Role::Date(_) | Role::TimeOf(_)) && !units[j].running_date()
            || date::time_line(units[j].text(text)).is_some()
    };
    if i > 0 && near_date(i - 1)
        || i + 1 < units.len() && near_date(i + 1) && (strong || t.contains(','))
    {
        score += 3;
    }
    // over the time line that closes the header, right before the first turn (`Rose Garden` /
    // `4:23 P.M. EDT` / `THE PRESIDENT: ...`), or over a date line and that time line
    // (`South Lawn` / `(July 4, 2031)` / `7:30 P.M. EDT`): the venue of the remarks
    let closing_time = |j: usize| {
        j + 1 == units.len() && !no_turns && date::time_line(units[j].text(text)).is_some()
    };
    let over_closing_time = closing_time(i + 1)
        || i + 2 < units.len() && matches!(roles[i + 1], Role::Date(_)) && closing_time(i + 2);
    let after_date = i > 0 && near_date(i - 1);
    if over_closing_time && !after_date && !strong && !t.contains(',') {
        score += 2;
    }
    if i + 1 < units.len() && units[i + 1].accepted {
        score += 1;
    }
    // `City, Region` closing the header, right before the first turn (`Lima, Peru` /
    // `MODERATOR: ...`)
    if i + 1 == units.len() && t.contains(',') && !no_turns {
        score += 1;
    }
    if i > 0 && roles[i - 1] == Role::Attribution {
        score += 2;
    }
    // `City, Country` underlined by a rule, as the header's first line of text (a Markdown
    // heading's underline: `Lakeport, Veleria` / `-----`)
    if t.contains(',')
        && units.get(i + 1).is_some_and(|n| rule_line(n.text(text)))
        && (0..i).all(|k| roles[k] != Role::Free)
    {
        score += 2;
    }
    // set off in emphasis or a styled tag as the header's first line of text, under front
    // matter that gave the title, and naming a venue or a `City, Region` (`*Harbour Club of
    // Lakeport*`, `<span style="...">Lakeport, Veleria</span>`): the remarks' venue; not a
    // delivery note, a heading or a greeting (`*Check Against Delivery*`, `**Introduction**`,
    // `*Ladies and Gentlemen*`)
    let set_off = t.len() > 2
        && (t.starts_with('*') && t.ends_with('*') && !t.starts_with("**")
            || bare.len() < printed.len());
    let inner = t.trim_matches(['*', '_']);
    let venue = inner.contains(", ")
        || inner
            .split([' ', ','])
            .any(|w| with_lower(w, is_venue_word) || with_lower(w, dateline::is_place_word));
    // (or, under front matter, a plain `City, Region` line whose region is a state's code or
    // the city's name again: `Port Town, ME`, `Lakeport, Lakeport`; not `Anna Lind, Harbour
    // Master`)
    let city_region = front_matter
        && inner.rsplit_once(", ").is_some_and(|(city, region)| {
            (2..=3).contains(&region.len()) && region.bytes().all(|b| b.is_ascii_uppercase())
                || region == city
                || strong
        });
    if (set_off && venue || city_region) && (0..i).all(|k| roles[k] != Role::Free) {
        score += 2;
    }
    // `Antony J. Blinken, Secretary of State`: a person and a role, not a place
    let l = lower(t);
    if t.contains(',') && l.split([' ', ',']).any(crate::grammar::words::is_role_word) {
        score -= 4;
    }
    if word_count_capped(t, 5) > 5 && !strong {
        score -= 1;
    }
    Some(score)
}

/// Nouns that name a venue (`Club`, `Building`, `Auditorium`): with a place's shape, a line
/// set off under the front matter names where remarks were given.
fn is_venue_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "building"
            | "club"
            | "center"
            | "centre"
            | "school"
            | "university"
            | "college"
            | "academy"
            | "institute"
            | "museum"
            | "library"
            | "hotel"
            | "church"
            | "cathedral"
            | "auditorium"
            | "stadium"
            | "arena"
            | "theater"
            | "theatre"
            | "embassy"
            | "airport"
            | "base"
            | "park"
            | "plaza"
            | "square"
            | "garden"
            | "gardens"
            | "port"
    )
}

/// Whether `line` is a horizontal rule: three or more of one of `-`, `_`, `=`, `*`.
fn rule_line(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && ['-', '_', '=', '*']
            .iter()
            .any(|&c| t.chars().all(|x| x == c || x == ' '))
}

/// Whether `line` is a venue and its building joined by a bar (`East Room | The Residence`):
/// two parts of a place's shape, each holding a place word, the venue's last (not a site's
/// section over its name: `Press Briefings | The White House`, `Events | Town Hall`).
fn venue_bar(line: &str) -> bool {
    let Some((a, b)) = line.trim().split_once(" | ") else {
        return false;
    };
    let venue_word = a
        .rsplit(' ')
        .next()
        .is_some_and(|w| with_lower(w, dateline::is_place_word));
    venue_word
        && dateline::place_shape(a) == Some(true)
        && dateline::place_shape(b) == Some(true)
        && !line.contains("  |")
}

/// The text of a run of units as one paragraph from `start`: lines joined with a space.
pub(crate) fn paragraph_text(text: &str, units: &[Unit], start: usize) -> Txt {
    if units.len() == 1 {
        let span = (start, units[0].end());
        return block_text(text, span);
    }
    let mut s = String::new();
    for (k, u) in units.iter().enumerate() {
        let from = if k == 0 { start } else { u.start() };
        for w in text[from..u.end()].split(' ').filter(|w| !w.is_empty()) {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(w);
        }
    }
    Txt::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_is_no_lede() {
        for t in [
            "Good morning. Standing here now, I think of the harbour.",
            "Thank you, Chair. The lamps are lit.",
            "I am delighted to speak at the Harbour Council today.",
            "It is truly my honor to be here. Thank you for coming.",
            "Добрый день! Начнём.",
            "We all have our own traditions for the holidays.",
            "General Lee, Colonel Kim, thank you for hosting us today.",
            "\\*\\*\\* Thank you, Anna. The harbour is better for your work.",
            "Welcome everyone! It is a pleasure to be here.",
        ] {
            assert!(spoken(t), "{t}");
        }
        for t in [
            "The President met the Governor to discuss the harvest.",
            "Minister for Education, honourable I. Lindau. The programme started in 2014.",
            "“Even as demand slows, I am sure our trade keeps widening,” the minister said.",
            "Vladimir Putin met with the team. I. Lind attended.",
        ] {
            assert!(!spoken(t), "{t}");
        }
    }

    #[test]
    fn menus_and_metadata_are_no_lede() {
        assert!(link_run(
            "Assembly Chamber View Full debate View Record Text View Debate Extracts"
        ));
        assert!(!link_run(
            "The Minister Opened The Session With A Statement, And Then Took Questions"
        ));
        assert!(!link_run(
            "The minister opened the session with a statement on tolls"
        ));
        assert!(key_value_line("Department: Ministry of Waterways"));
        assert!(!key_value_line(
            "Overview: the assembly met to debate the harbour tolls bill"
        ));
    }

    #[test]
    fn cues_fit_the_lowered_starts_read() {
        // `date_cue` and `participants_cue` lower only a line's first bytes
        assert!(PARTICIPANTS_CUES.iter().all(|c| c.len() < 64));
        assert!(super::super::DATE_CUES.iter().all(|(c, _)| c.len() < 32));
        let long = format!("В заседании приняли участие {}", "министр ".repeat(40));
        assert!(participants_cue(&long));
        assert!(!participants_cue(&format!("Заседание {long}")));
    }
}
