//! The public document model: a parsed transcript and its parts, all `serde` types.
//!
//! Every part that comes from the page carries a [`Span`]: a half-open range of byte offsets
//! into the exact input the caller passed, always on UTF-8 character boundaries. Text fields
//! borrow from that input (`Cow::Borrowed`) where the printed text needs no cleaning, and own a
//! cleaned copy otherwise; [`Transcript::into_owned`] detaches a document from its input.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A half-open range `start..end` of byte offsets into the caller's input (UTF-8).
///
/// Both ends always lie on character boundaries and `start <= end <= input.len()`. It is
/// serialized as a two-element array `[start, end]`, and prints as `start..end`.
///
/// The offsets are held as `u32` (8 bytes a span, after `text-size`'s `TextRange` in
/// rust-analyzer): [`parse`](crate::parse) refuses input of 4 GiB or more
/// ([`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES)), and a page has a span for every block, so the
/// smaller type keeps a parsed page's memory near its size. Read them as `usize` through
/// [`Span::start`], [`Span::end`] and [`Span::range`].
///
/// ```
/// use transcript_parser::Span;
/// let span = Span::new(4, 9);
/// assert_eq!(&"the quick fox"[span.range()], "quick");
/// assert_eq!((span.start(), span.end()), (4, 9));
/// assert_eq!(span.to_string(), "4..9");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte, from 0.
    start: u32,
    /// One past the last byte.
    end: u32,
}

impl Span {
    /// A span from `start` to `end` (half-open).
    ///
    /// # Panics
    /// If `start > end`, or if `end` is past `u32::MAX` (4 GiB − 1): spans of
    /// [`parse`](crate::parse) never are.
    ///
    /// ```
    /// assert_eq!(transcript_parser::Span::new(2, 5).len(), 3);
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        assert!(start <= end, "span start {start} is after its end {end}");
        let end = u32::try_from(end).expect("span offsets are under 4 GiB");
        Span {
            start: start as u32,
            end,
        }
    }

    /// The first byte, from 0.
    ///
    /// ```
    /// assert_eq!(transcript_parser::Span::new(2, 5).start(), 2);
    /// ```
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    ///
    /// ```
    /// assert_eq!(transcript_parser::Span::new(2, 5).end(), 5);
    /// ```
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The span as a `Range<usize>`, for slicing the input.
    ///
    /// ```
    /// let span = transcript_parser::Span::new(0, 3);
    /// assert_eq!(&"abcdef"[span.range()], "abc");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(transcript_parser::Span::new(7, 7).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(transcript_parser::Span::new(7, 7).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use transcript_parser::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (start, end) = <(u64, u64)>::deserialize(deserializer)?;
        if start > end {
            return Err(serde::de::Error::custom(format!(
                "span start {start} is after its end {end}"
            )));
        }
        let end = u32::try_from(end)
            .map_err(|_| serde::de::Error::custom(format!("span end {end} is 4 GiB or more")))?;
        Ok(Span {
            start: start as u32,
            end,
        })
    }
}

/// A header field: its value and where it is printed.
///
/// `span` covers the printed segment that carries the field, cue words included (`by` before an
/// attribution, `Published on` before a date); `text` is the value alone, cleaned (white space
/// collapsed, the cue removed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<'a> {
    /// The value.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where the field is printed.
    pub span: Span,
}

/// What a date on the page stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateKind {
    /// The source published the transcript on this date (`Published on ...`, front matter `date:`).
    Published,
    /// The date of the event itself, printed as the page's dateline (`March 11, 2022`).
    Event,
    /// The page was last changed on this date (`Last updated at ...`, `modified_time:`).
    Updated,
    /// A repost, blog or forum stamp (`Posted 2014-01-21 07:53:00`, `Posted by: ... | 6 March 2008`).
    Posted,
}

/// A date printed on the page, outside the speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention<'a> {
    /// What the date stands for.
    pub kind: DateKind,
    /// The calendar date (serialized `YYYY-MM-DD`).
    pub date: NaiveDate,
    /// The time of day printed with it, if any (serialized `HH:MM:SS`).
    pub time: Option<NaiveTime>,
    /// The time zone printed with the time, as printed (`EDT`, `MSK`, `-04:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The printed text of the date (and its time).
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where the date is printed. Date spans may lie inside other blocks (a posted stamp in the
    /// boilerplate, a dateline in the summary); they are mentions, not blocks.
    pub span: Span,
}

/// One distinct speaker of the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Stable id, `s1`, `s2`, ... in order of first appearance.
    pub id: String,
    /// The person's name in natural casing (`Vladimir Putin`, `В.Путин`), from the fullest
    /// label used for them; `None` for role-only labels (`THE PRESIDENT`, `Q`).
    pub name: Option<String>,
    /// The job title carried by a label, title-cased with small words lower and acronyms kept
    /// (`Director of the Federal Drugs Control Service`); for role-only labels the role as printed
    /// (`The President`, `Question`).
    pub role: Option<String>,
    /// Honorific or rank printed before the name (`Ms.`, `Rear Adm.`, `Hon.`), and a degree
    /// printed after it (`PsyD` of `Ann Lee, PsyD`; `Dr., PhD` for both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<String>,
    /// Party or constituency tag printed with the label (`I-VT`, `Lab`, `Misto`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Every distinct label printed for this speaker, white space collapsed, in order of first use.
    pub labels: Vec<String>,
}

/// A paragraph of speech or prose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph<'a> {
    /// The text: white space collapsed, hard-wrapped lines joined with a space, stage directions
    /// taken out.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// From the paragraph's first printed byte to its last.
    pub span: Span,
}

/// The kinds of stage direction, after the note types of ParlaMint (`kinesic`, `vocal`,
/// `incident`, `gap`, `time`) made specific for transcript pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StageKind {
    /// `(Applause.)`, `[applause]`, `(Аплодисменты.)`.
    Applause,
    /// `(Laughter.)`, `[laughs]`, `(Смех.)`.
    Laughter,
    /// `<…>`, `<...>`, `[...]`: the publisher left text out (a ParlaMint `gap`).
    Elision,
    /// `[inaudible]`, `(unintelligible)`, `(Cross-talk.)`.
    Inaudible,
    /// `(BREAK IN TRANSCRIPT)`, `(Interruption.)`, `(The briefing was concluded.)`.
    Interruption,
    /// `(In English.)`, `(As interpreted.)`, `(через переводчика)`.
    Language,
    /// A timestamp note: `[04:10]`, `(00:01:23)`.
    Time,
    /// Any other bracketed note.
    Other,
}

/// A note about what happened rather than what was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageDirection<'a> {
    /// What the note records.
    pub kind: StageKind,
    /// The note as printed, brackets included (a note wrapped over two lines has its line
    /// break as one space).
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where it is printed.
    pub span: Span,
}

/// One speaker turn (utterance): a speaker label and the speech after it, up to the next label.
///
/// The speech as one text is [`Turn::text`], joined from the paragraphs when asked for (not
/// stored: on a page of short turns a stored copy weighed as much as the page). Serialized, a
/// turn has a `text` field all the same, between `timestamp` and `span`; deserializing ignores it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Turn<'a> {
    /// The speaker's id in [`Transcript::speakers`]; `None` for a turn with no label (a dialogue
    /// dash, a caption marker `>>`, an unlabelled answer).
    pub speaker: Option<String>,
    /// The speaker label as printed (white space collapsed, colon and markers removed).
    #[serde(borrow)]
    pub label: Option<Cow<'a, str>>,
    /// A delivery note printed with the label: `retranslated`, `through translator`, `continuing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<String>,
    /// A timestamp printed with the label (`Anna Lind (00:01:23):`, `(09:51)`), in brackets
    /// before it (`[14:02:11] ANNA LIND:`), or bare after a label alone on its line (a
    /// speech-to-text export's `Dana Whitcombe  00:04`), without its brackets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// From the label's first byte to the last byte of the turn's last paragraph or stage
    /// direction. Boilerplate that interrupts a turn may lie inside this span.
    pub span: Span,
    /// The speech, paragraph by paragraph.
    #[serde(borrow)]
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Stage directions printed inside the turn, in order.
    #[serde(borrow)]
    pub stage_directions: Vec<StageDirection<'a>>,
}

impl Turn<'_> {
    /// The speech: the paragraphs' texts (UTF-8, cleaned as [`Paragraph::text`]) joined with
    /// a blank line (`"\n\n"`). Borrowed from the paragraph when the turn has one, empty when
    /// it has none (a turn of stage directions only), and a new string otherwise.
    ///
    /// ```
    /// let doc = transcript_parser::parse("ANNA LEE: One.\n\nTwo.\n\nBO KIM: Three.\n").unwrap();
    /// assert_eq!(doc.turns[0].text(), "One.\n\nTwo.");
    /// assert_eq!(doc.turns[1].text(), "Three.");
    /// ```
    #[must_use]
    pub fn text(&self) -> Cow<'_, str> {
        match self.paragraphs.as_slice() {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(&one.text),
            many => {
                let len = many.iter().map(|p| p.text.len() + 2).sum::<usize>() - 2;
                let mut text = String::with_capacity(len);
                for (i, p) in many.iter().enumerate() {
                    if i > 0 {
                        text.push_str("\n\n");
                    }
                    text.push_str(&p.text);
                }
                Cow::Owned(text)
            }
        }
    }
}

/// A turn as serialized: its fields in order, with the joined text (see [`Turn::text`]).
#[derive(Serialize)]
struct TurnOut<'t> {
    speaker: &'t Option<String>,
    label: &'t Option<Cow<'t, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivery: &'t Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: &'t Option<String>,
    text: Cow<'t, str>,
    span: Span,
    paragraphs: &'t [Paragraph<'t>],
    stage_directions: &'t [StageDirection<'t>],
}

impl Serialize for Turn<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TurnOut {
            speaker: &self.speaker,
            label: &self.label,
            delivery: &self.delivery,
            timestamp: &self.timestamp,
            text: self.text(),
            span: self.span,
            paragraphs: &self.paragraphs,
            stage_directions: &self.stage_directions,
        }
        .serialize(serializer)
    }
}

/// What a boilerplate block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Site menus and links.
    Navigation,
    /// `Home / News / Transcripts`.
    Breadcrumb,
    /// Ads and promotions.
    Advertisement,
    /// Photo captions (often printed twice).
    Caption,
    /// A passage of the speech printed again as a highlighted quote among its paragraphs
    /// (a pull quote), perhaps cut short or opened with a quotation mark: the copy, kept
    /// apart from the turn that holds the passage.
    PullQuote,
    /// Share, print and subscribe links.
    Share,
    /// Web form prompts (`Enter your email:`).
    Form,
    /// Captcha prompts.
    Captcha,
    /// Page footers, publication details, taxonomy blocks, repost stamps.
    Footer,
    /// Copyright lines.
    Copyright,
    /// Related-link blocks (`See also`, `Смотрите также`).
    Related,
    /// Cookie banners.
    CookieNotice,
    /// Forum and comment chrome (`Join Date:`, `Posts:`, `N Comments`, `Reply`).
    ForumChrome,
    /// Line numbers, page numbers, running headers of court and parliament records.
    PageFurniture,
    /// `END 3:49 P.M. EDT`, `###`, `FULL TRANSCRIPT`, `* * *`.
    TranscriptMarker,
    /// A YAML front-matter header (`---` ... `---`), line by line.
    FrontMatter,
    /// Pop-up text of a link that text extraction printed inline, after the linked words
    /// (`Ivan Lind     Lind IvanMinister of Transport  said`; in a body paragraph also with no
    /// gap, `Ивар Лунд Лунд Ивар Петрович министр транспорта , ...`): kept apart from the
    /// speech or prose it interrupts, inside that turn's or body paragraph's span.
    Popup,
    /// Any other page chrome, including phrases given in
    /// [`ParseOptions::boilerplate_phrases`](crate::ParseOptions).
    Other,
}

/// A block of page chrome, kept and labelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate<'a> {
    /// What kind of chrome this is.
    pub kind: BoilerplateKind,
    /// The text as printed, white space collapsed.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Where it is printed.
    pub span: Span,
}

/// One `key: value` entry of a YAML front-matter header, values rendered as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrontMatterEntry {
    /// The key.
    pub key: String,
    /// The value as text (YAML escapes decoded, lists joined with `, `).
    pub value: String,
}

/// A parsed transcript page.
///
/// Every non-blank byte of the input belongs to exactly one block: a header field (`title`,
/// `attribution`, `source_url`, `location`, `summary`, `participants`, a `dates` entry printed
/// on its own), a turn, a `body` paragraph or a `boilerplate` block, and lies inside its span.
/// Spans nest in two ways only: boilerplate that interrupts a turn lies inside that turn's
/// span, and pop-up text ([`BoilerplateKind::Popup`]) that interrupts a body paragraph inside
/// that paragraph's span; those bytes belong to the boilerplate block. Otherwise blocks never
/// overlap. See the crate docs for an example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transcript<'a> {
    /// The transcript's own headline.
    #[serde(borrow)]
    pub title: Option<Field<'a>>,
    /// Who issued the transcript (`Presidential Press and Information Office`).
    #[serde(borrow)]
    pub attribution: Option<Field<'a>>,
    /// The address of the original, when the page names it (`The source of information - URL`).
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<Field<'a>>,
    /// The dateline place (`The Kremlin, Moscow`).
    #[serde(borrow)]
    pub location: Option<Field<'a>>,
    /// The lede paragraph(s) between the header and the first turn. Pop-up text a link left
    /// inline (`President of the Harbour Republic Ivan Lind     Lind IvanPresident of the Harbour
    /// Republic , who ...`) is left out of its text and stays inside its span.
    #[serde(borrow)]
    pub summary: Option<Field<'a>>,
    /// A participants line (`Taking part in the meeting: ...`, `Also present: ...`).
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Field<'a>>,
    /// The transcript's primary date: the source's own date from the header or front matter
    /// (with no date in the header, the date closing a browser title line that opens the page,
    /// `Oral Questions - Site Name 2021-02-11`), then an update date, then a repost stamp only
    /// when nothing else is printed.
    pub date: Option<NaiveDate>,
    /// Every date printed outside the speech, with what it stands for.
    #[serde(borrow)]
    pub dates: Vec<DateMention<'a>>,
    /// The distinct speakers, in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// The speaker turns, in order.
    #[serde(borrow)]
    pub turns: Vec<Turn<'a>>,
    /// Prose that belongs to no speaker: sub-headings, lede paragraphs after the dateline, the
    /// text of pages without labels.
    #[serde(borrow)]
    pub body: Vec<Paragraph<'a>>,
    /// Page chrome, each block labelled by kind, in page order.
    #[serde(borrow)]
    pub boilerplate: Vec<Boilerplate<'a>>,
    /// Entries of a YAML front-matter header, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub front_matter: Vec<FrontMatterEntry>,
    /// Oddities noticed while parsing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::Warning>,
}

fn owned(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

impl Field<'_> {
    fn into_owned(self) -> Field<'static> {
        Field {
            text: owned(self.text),
            span: self.span,
        }
    }
}

impl Paragraph<'_> {
    fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            text: owned(self.text),
            span: self.span,
        }
    }
}

impl<'a> Transcript<'a> {
    /// A copy that owns all its text, no longer tied to the input's lifetime.
    ///
    /// ```
    /// let doc = {
    ///     let text = String::from("ANNA LEE: Hello.\n");
    ///     transcript_parser::parse(&text).unwrap().into_owned()
    /// };
    /// assert_eq!(doc.turns[0].text(), "Hello.");
    /// ```
    pub fn into_owned(self) -> Transcript<'static> {
        Transcript {
            title: self.title.map(Field::into_owned),
            attribution: self.attribution.map(Field::into_owned),
            source_url: self.source_url.map(Field::into_owned),
            location: self.location.map(Field::into_owned),
            summary: self.summary.map(Field::into_owned),
            participants: self.participants.map(Field::into_owned),
            date: self.date,
            dates: self
                .dates
                .into_iter()
                .map(|d| DateMention {
                    kind: d.kind,
                    date: d.date,
                    time: d.time,
                    zone: d.zone,
                    text: owned(d.text),
                    span: d.span,
                })
                .collect(),
            speakers: self.speakers,
            turns: self
                .turns
                .into_iter()
                .map(|t| Turn {
                    speaker: t.speaker,
                    label: t.label.map(owned),
                    delivery: t.delivery,
                    timestamp: t.timestamp,
                    span: t.span,
                    paragraphs: t
                        .paragraphs
                        .into_iter()
                        .map(Paragraph::into_owned)
                        .collect(),
                    stage_directions: t
                        .stage_directions
                        .into_iter()
                        .map(|s| StageDirection {
                            kind: s.kind,
                            text: owned(s.text),
                            span: s.span,
                        })
                        .collect(),
                })
                .collect(),
            body: self.body.into_iter().map(Paragraph::into_owned).collect(),
            boilerplate: self
                .boilerplate
                .into_iter()
                .map(|b| Boilerplate {
                    kind: b.kind,
                    text: owned(b.text),
                    span: b.span,
                })
                .collect(),
            front_matter: self.front_matter,
            warnings: self.warnings,
        }
    }

    /// The speaker with this id.
    ///
    /// ```
    /// let doc = transcript_parser::parse("ANNA LEE: Hello.\n").unwrap();
    /// let who = doc.speaker(doc.turns[0].speaker.as_deref().unwrap()).unwrap();
    /// assert_eq!(who.name.as_deref(), Some("Anna Lee"));
    /// ```
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// Every span of the document with the part it belongs to: the header fields, then the
    /// `dates` entries, each turn followed by its paragraphs and stage directions, the `body`
    /// paragraphs and the `boilerplate` blocks (the order of the fields, not of the page).
    ///
    /// For checking the document against its input: every non-blank byte lies inside at least
    /// one of these spans (see [`Transcript`] for which part a byte belongs to). Warnings'
    /// spans are not parts of the document and are not given.
    ///
    /// ```
    /// use transcript_parser::Part;
    /// let page = "Harbour talks\n\nANNA LEE: Hello. (Laughter.)\n\nShare this page\n";
    /// let doc = transcript_parser::parse(page).unwrap();
    /// let parts: Vec<(Part, &str)> = doc.spans().map(|(p, s)| (p, &page[s.range()])).collect();
    /// assert!(parts.contains(&(Part::Turn(0), "ANNA LEE: Hello. (Laughter.)")));
    /// assert!(parts.contains(&(Part::StageDirection { turn: 0, index: 0 }, "(Laughter.)")));
    /// // nothing printed is left out
    /// let covered = |at: usize| doc.spans().any(|(_, s)| s.range().contains(&at));
    /// assert!(page.char_indices().all(|(at, c)| c.is_whitespace() || covered(at)));
    /// ```
    pub fn spans(&self) -> impl Iterator<Item = (Part, Span)> + '_ {
        let fields = [
            (Part::Title, &self.title),
            (Part::Attribution, &self.attribution),
            (Part::SourceUrl, &self.source_url),
            (Part::Location, &self.location),
            (Part::Summary, &self.summary),
            (Part::Participants, &self.participants),
        ]
        .into_iter()
        .filter_map(|(part, f)| f.as_ref().map(|f| (part, f.span)));
        let dates = self
            .dates
            .iter()
            .enumerate()
            .map(|(i, d)| (Part::Date(i), d.span));
        let turns = self.turns.iter().enumerate().flat_map(|(i, t)| {
            std::iter::once((Part::Turn(i), t.span))
                .chain(
                    t.paragraphs
                        .iter()
                        .enumerate()
                        .map(move |(k, p)| (Part::Paragraph { turn: i, index: k }, p.span)),
                )
                .chain(
                    t.stage_directions
                        .iter()
                        .enumerate()
                        .map(move |(k, d)| (Part::StageDirection { turn: i, index: k }, d.span)),
                )
        });
        let body = self
            .body
            .iter()
            .enumerate()
            .map(|(i, p)| (Part::Body(i), p.span));
        let boilerplate = self
            .boilerplate
            .iter()
            .enumerate()
            .map(|(i, b)| (Part::Boilerplate(i), b.span));
        fields
            .chain(dates)
            .chain(turns)
            .chain(body)
            .chain(boilerplate)
    }
}

/// A part of a [`Transcript`] that carries a span, as [`Transcript::spans`] names it: a header
/// field, or an entry of a list by its index in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// [`Transcript::title`].
    Title,
    /// [`Transcript::attribution`].
    Attribution,
    /// [`Transcript::source_url`].
    SourceUrl,
    /// [`Transcript::location`].
    Location,
    /// [`Transcript::summary`].
    Summary,
    /// [`Transcript::participants`].
    Participants,
    /// An entry of [`Transcript::dates`].
    Date(usize),
    /// An entry of [`Transcript::turns`].
    Turn(usize),
    /// A paragraph of a turn: `turns[turn].paragraphs[index]`.
    Paragraph {
        /// The turn's index.
        turn: usize,
        /// The paragraph's index in the turn.
        index: usize,
    },
    /// A stage direction of a turn: `turns[turn].stage_directions[index]`.
    StageDirection {
        /// The turn's index.
        turn: usize,
        /// The stage direction's index in the turn.
        index: usize,
    },
    /// An entry of [`Transcript::body`].
    Body(usize),
    /// An entry of [`Transcript::boilerplate`].
    Boilerplate(usize),
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn span_reads_back_as_usize() {
        let span = Span::new(3, 4_000_000_000);
        assert_eq!(
            (span.start(), span.end(), span.len()),
            (3, 4_000_000_000, 3_999_999_997)
        );
        assert_eq!(std::mem::size_of::<Span>(), 8);
    }

    #[test]
    #[should_panic(expected = "span start 5 is after its end 2")]
    fn span_refuses_start_after_end() {
        let _ = Span::new(5, 2);
    }

    #[test]
    #[should_panic(expected = "span offsets are under 4 GiB")]
    fn span_refuses_offsets_of_4_gib() {
        let _ = Span::new(0, 1 << 32);
    }

    #[test]
    fn span_deserializes_checked() {
        let span: Span = serde_json::from_str("[2, 9]").unwrap();
        assert_eq!(span, Span::new(2, 9));
        let after = serde_json::from_str::<Span>("[9, 2]").unwrap_err();
        assert_eq!(after.to_string(), "span start 9 is after its end 2");
        let big = serde_json::from_str::<Span>("[0, 4294967296]").unwrap_err();
        assert_eq!(big.to_string(), "span end 4294967296 is 4 GiB or more");
    }
}
