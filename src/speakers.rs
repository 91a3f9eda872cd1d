//! Stage 5: speakers. Each accepted label is split into honorific, role, name, affiliation,
//! delivery note and timestamp, cased naturally, and merged with the page's earlier labels for
//! the same person; speakers get stable ids in order of first appearance.
//!
//! Role and name are split without a roster (DESIGN.md §3): `NAME, ROLE` at the comma; else the
//! name is the longest tail of the label that the page also uses alone as a label or prints in a
//! pop-up (`Lind IvanMinister of Transport` names Ivan Lind), or the tokens
//! after the last role word, or the last two name-shaped tokens after an `of ...` phrase.
//! A short label (`MARKOVA`, `K. O'HARA`, `GS`) joins the one earlier speaker it fits; when it
//! fits two, it stays its own unresolved speaker (a vague attribution is acceptable, a wrong one
//! never is). A label that misprints one word of an earlier speaker's name or label by one
//! letter (`Vladmir Ivanov`, `SECREATRY LANGE`) joins that speaker and changes nothing else
//! of them.

use crate::classify::core_label;
use crate::grammar::label::initials_token;
use crate::grammar::words::{
    honorific_words, is_acronym, is_all_caps, is_role_label, is_role_word, is_small_word, key,
    lower, with_lower,
};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// A label split into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParsedLabel {
    /// As printed, white space collapsed.
    pub(crate) printed: String,
    pub(crate) honorific: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) affiliation: Option<String>,
    pub(crate) delivery: Option<String>,
    pub(crate) timestamp: Option<String>,
}

/// One resolved speaker.
#[derive(Debug, Clone, Default)]
pub(crate) struct Resolved {
    pub(crate) name: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) honorific: Option<String>,
    pub(crate) affiliation: Option<String>,
    pub(crate) labels: Vec<String>,
    /// How many words the fullest label had (the name comes from the fullest).
    fullness: usize,
}

/// The speakers of a page and, for each label given, the index of its speaker.
pub(crate) struct Speakers {
    pub(crate) speakers: Vec<Resolved>,
    /// (Indexes are `u32`: one entry per turn, and a turn is at least a few bytes of a text of
    /// under 4 GiB.)
    pub(crate) of_turn: Vec<Option<u32>>,
    /// For each label given, its entry in `distinct` (each distinct label is parsed once).
    pub(crate) parsed: Vec<Option<u32>>,
    /// The distinct labels, parsed.
    pub(crate) distinct: Vec<ParsedLabel>,
    pub(crate) ambiguous: Vec<String>,
}

const DELIVERY: &[&str] = &[
    "retranslated",
    "through translator",
    "through a translator",
    "through interpreter",
    "through an interpreter",
    "via interpreter",
    "via translator",
    "as interpreted",
    "interpreted",
    "translated",
    "continuing",
    "continued",
    "voice-over",
    "voice over",
    "vo",
    "off camera",
    "off-camera",
    "on camera",
    "by phone",
    "by telephone",
    "via telephone",
    "via video",
    "by video",
    "via videoconference",
    "in english",
    "in russian",
    "через переводчика",
    "как переведено",
    "в переводе",
    "по-английски",
];

/// A note that says what the speaker does rather than who they are: one opening with a verb
/// form, an English gerund or a Russian adverbial participle (`turning to the mayor`,
/// `Responding to a question`, `обращаясь к залу`, `комментируя`), or a sentence of three words
/// or more with a word in lower case that opens with a verb in the third person (`Hands over a
/// letter.`). Affiliations and occupations are names and nouns (`Texas`, `farmer`,
/// `independent`, `Harbor Partners Inc.`).
fn stage_note(inner: &str) -> bool {
    let words: Vec<&str> = inner.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = lower(first.trim_end_matches([',', '.']));
    let n = first.chars().count();
    let gerund = n >= 6 && first.ends_with("ing") && first.is_ascii()
        || n >= 5
            && ["ясь", "уя", "ая", "яя", "вшись"]
                .iter()
                .any(|e| first.ends_with(e));
    let sentence = inner.ends_with('.')
        && words.len() >= 3
        && n >= 4
        && first.ends_with('s')
        && !first.ends_with("ss")
        && words[1..]
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && !is_small_word(w));
    gerund || sentence
}

/// A delivery note of Russian pages: the language spoken, `по-<language>ки` (`по-немецки`,
/// `по-французски`, `по-английски`).
fn language_note(l: &str) -> bool {
    l.strip_prefix("по-")
        .is_some_and(|rest| rest.ends_with("ки") && rest.chars().all(char::is_alphabetic))
}

/// Resolve the speakers of `labels` (one entry per turn; `None` for unlabelled turns).
/// `named` are other full names the page prints (its pop-ups' names): like a label the page
/// uses alone, each splits a longer label into role and name.
pub(crate) fn resolve(labels: &[Option<&str>], named: &[String]) -> Speakers {
    // short labels the page uses alone, for splitting role from name
    // (only membership is asked of it: each distinct label once)
    let mut distinct: HashSet<&str> = HashSet::new();
    let mut roster: HashSet<String> = HashSet::new();
    // how often each label is printed: a misprint is printed once or twice
    let mut printed_times: HashMap<&str, u32> = HashMap::new();
    for l in labels.iter().flatten() {
        *printed_times.entry(l).or_insert(0) += 1;
        if distinct.insert(l) {
            roster.insert(key(without_stray_period(strip_notes(core_label(l)).trim())));
        }
    }
    roster.extend(named.iter().map(|n| key(n)));
    // a label printed again parses the same: parse each distinct label once (the lists are
    // sized to the distinct labels: a parsed label is 168 bytes, and on a short page with many
    // speakers lists grown by doubling outweighed the page)
    let n = distinct.len();
    let mut cache: HashMap<&str, usize> = HashMap::with_capacity(n);
    let mut distinct_parsed: Vec<ParsedLabel> = Vec::with_capacity(n);
    let mut printed_keys: Vec<String> = Vec::with_capacity(n);
    let mut speakers: Vec<Resolved> = Vec::with_capacity(n);
    let mut of_turn = Vec::with_capacity(labels.len());
    let mut parsed_all = Vec::with_capacity(labels.len());
    // (the speaker of each printed label, and whether the label is a misprint)
    let mut by_printed: HashMap<String, (usize, bool)> = HashMap::with_capacity(n);
    let mut index = Index::default();
    let mut ambiguous = Vec::new();
    // (the printed forms of the speakers with many labels, see `new_printed`)
    let mut printed_sets: HashMap<usize, HashSet<String>> = HashMap::new();
    for label in labels {
        let Some(label) = label else {
            of_turn.push(None);
            parsed_all.push(None);
            continue;
        };
        let at = *cache.entry(label).or_insert_with(|| {
            let mut parsed = parse_label(label, &roster);
            keep_printed_capitals(label, &mut parsed);
            printed_keys.push(key(&parsed.printed));
            distinct_parsed.push(parsed);
            distinct_parsed.len() - 1
        });
        let (parsed, printed_key) = (&distinct_parsed[at], &printed_keys[at]);
        let idx = if let Some(&(i, misprint)) = by_printed.get(printed_key) {
            if misprint {
                of_turn.push(Some(crate::pos(i)));
                parsed_all.push(Some(crate::pos(at)));
                continue;
            }
            Some(i)
        } else {
            match find_speaker(&speakers, &index, parsed) {
                // (not a namesake the honorific tells apart: `MR. EKDAHL` and `MS. EKDAHL`)
                Match::One(i)
                    if genders_differ(
                        speakers[i].honorific.as_deref(),
                        parsed.honorific.as_deref(),
                    ) =>
                {
                    None
                }
                Match::One(i) => Some(i),
                // a misprint names the speaker but says nothing new of them (printed once or
                // twice; a transliteration's `y` for `i` however often, `Sergey` for `Sergei`)
                Match::Misprint(i)
                    if printed_times.get(label).copied().unwrap_or(0) <= 2
                        || parsed
                            .name
                            .as_deref()
                            .zip(speakers[i].name.as_deref())
                            .is_some_and(|(a, b)| i_for_y(a, b)) =>
                {
                    if new_printed(&mut printed_sets, i, &speakers[i].labels, &parsed.printed) {
                        speakers[i].labels.push(parsed.printed.clone());
                    }
                    // (and the misprinted name finds them again, glued or not: `SergeyIvanov`)
                    if let Some(name) = &parsed.name {
                        index.alias(i, name);
                    }
                    by_printed.insert(printed_key.clone(), (i, true));
                    of_turn.push(Some(crate::pos(i)));
                    parsed_all.push(Some(crate::pos(at)));
                    continue;
                }
                Match::Many => {
                    ambiguous.push(parsed.printed.clone());
                    None
                }
                Match::None | Match::Misprint(_) => None,
            }
        };
        let i = match idx {
            Some(i) => {
                let before = speakers[i].name.clone();
                let new = new_printed(&mut printed_sets, i, &speakers[i].labels, &parsed.printed);
                merge(&mut speakers[i], parsed, new);
                if speakers[i].name != before {
                    index.remove(i, before.as_deref());
                    index.add(i, &speakers[i]);
                }
                i
            }
            None => {
                speakers.push(Resolved {
                    name: parsed.name.clone(),
                    role: parsed.role.clone(),
                    honorific: parsed.honorific.clone(),
                    affiliation: parsed.affiliation.clone(),
                    labels: vec![parsed.printed.clone()],
                    fullness: fullness(parsed),
                });
                let i = speakers.len() - 1;
                index.add(i, &speakers[i]);
                i
            }
        };
        if !by_printed.contains_key(printed_key) {
            by_printed.insert(printed_key.clone(), (i, false));
        }
        of_turn.push(Some(crate::pos(i)));
        parsed_all.push(Some(crate::pos(at)));
    }
    Speakers {
        speakers,
        of_turn,
        parsed: parsed_all,
        distinct: distinct_parsed,
        ambiguous,
    }
}

/// Whether names `a` and `b` differ only by `i` for `y` (or `y` for `i`) in some places, as
/// two transliterations of one Russian name do (`Sergei` and `Sergey`).
fn i_for_y(a: &str, b: &str) -> bool {
    let (a, b) = (lower(a), lower(b));
    a.len() == b.len()
        && a != b
        && a.chars()
            .zip(b.chars())
            .all(|(x, y)| x == y || matches!((x, y), ('i', 'y') | ('y', 'i')))
}

/// Whether a name holds an initial before its last word (`D. Lind`, `В.Путин`, `A B Lind`).
fn has_initials(name: &str) -> bool {
    let parts: Vec<&str> = name.split([' ', '.']).filter(|w| !w.is_empty()).collect();
    parts
        .split_last()
        .is_some_and(|(_, given)| given.iter().any(|g| g.chars().count() == 1))
}

/// Whether `s` is only academic or professional degrees printed after a name (`PhD`,
/// `Ph.D.`, `PsyD`, `MD, MPH`, `Esq.`).
fn post_nominal(s: &str) -> bool {
    let mut any = false;
    for w in s.split([',', ' ']).filter(|w| !w.is_empty()) {
        let core: String = w
            .chars()
            .filter(|c| *c != '.')
            .flat_map(char::to_lowercase)
            .collect();
        if !matches!(
            core.as_str(),
            "phd"
                | "psyd"
                | "md"
                | "edd"
                | "dphil"
                | "jd"
                | "dds"
                | "dmd"
                | "dvm"
                | "mph"
                | "mba"
                | "rn"
                | "np"
                | "lcsw"
                | "esq"
                | "cpa"
                | "mpp"
                | "ma"
                | "msc"
                | "bsc"
        ) {
            return false;
        }
        any = true;
    }
    any
}

fn fullness(p: &ParsedLabel) -> usize {
    p.name.as_deref().map_or(0, |n| n.split(' ').count()) + usize::from(p.role.is_some())
}

/// The most labels of one speaker looked through one by one: a speaker with more has their
/// printed forms in a set (thousands of labels of one speaker, each with a note of its own,
/// were each looked up among all before).
const FEW_LABELS: usize = 16;

/// Whether speaker `i`, with `labels`, has no label printed as `printed` yet (noted in the
/// speaker's set of `sets` once they have more than [`FEW_LABELS`]).
fn new_printed(
    sets: &mut HashMap<usize, HashSet<String>>,
    i: usize,
    labels: &[String],
    printed: &str,
) -> bool {
    if labels.len() <= FEW_LABELS {
        return !labels.iter().any(|l| l == printed);
    }
    let set = sets
        .entry(i)
        .or_insert_with(|| labels.iter().cloned().collect());
    !set.contains(printed) && set.insert(printed.to_owned())
}

/// Whether two honorifics name people of different sexes (`Mr.` and `Ms.`, `Sir` and `Dame`).
fn genders_differ(a: Option<&str>, b: Option<&str>) -> bool {
    let sex = |h: &str| match lower(h.trim_end_matches('.')).as_str() {
        "mr" | "sir" | "lord" | "господин" => Some(true),
        "ms" | "mrs" | "miss" | "madam" | "dame" | "lady" | "госпожа" => Some(false),
        _ => None,
    };
    matches!((a.and_then(sex), b.and_then(sex)), (Some(x), Some(y)) if x != y)
}

/// Merge label `p` into speaker `s`; `new_printed`: `s` has no label printed as `p` yet.
fn merge(s: &mut Resolved, p: &ParsedLabel, new_printed: bool) {
    if new_printed {
        s.labels.push(p.printed.clone());
    }
    let f = fullness(p);
    if let Some(name) = &p.name {
        let longer = s
            .name
            .as_ref()
            .is_none_or(|n| name.split(' ').count() > n.split(' ').count());
        // as long, with words for the initials (`Dmitry Lind` for `Deputy Commander D. Lind`),
        // however less the label says
        let spelled_out = s.name.as_ref().is_some_and(|n| {
            name.split(' ').count() == n.split(' ').count()
                && has_initials(n)
                && !has_initials(name)
        });
        if longer && f >= s.fullness || spelled_out {
            s.name = Some(name.clone());
        }
    }
    if s.role.is_none() && p.role.is_some() && s.name.is_some() {
        s.role = p.role.clone();
    }
    if s.honorific.is_none() {
        s.honorific = p.honorific.clone();
    }
    if s.affiliation.is_none() {
        s.affiliation = p.affiliation.clone();
    }
    s.fullness = s.fullness.max(f);
}

enum Match {
    One(usize),
    /// The speaker's name or label misprinted (see [`misprint_of`]).
    Misprint(usize),
    Many,
    None,
}

/// Earlier speakers by the keys that labels are matched on, so that matching a label costs
/// the same however many speakers the page has. Each list is in speaker order.
#[derive(Default)]
struct Index {
    /// Whole name key.
    name: HashMap<String, Vec<usize>>,
    /// Surname key (last part split at spaces and periods), for names of two parts or more.
    surname: HashMap<String, Vec<usize>>,
    /// First-word key, for names of two words or more.
    first: HashMap<String, Vec<usize>>,
    /// Initials as printed (`GS` for Gleb Sorokin), for names of two words or more.
    initials: HashMap<String, Vec<usize>>,
    /// Role key of speakers with no name.
    role: HashMap<String, usize>,
}

/// [`key`] of `name` without its spaces and periods: names printed with their words glued
/// (`VladimirPutin`, a source's typo beside `Vladimir Putin`) or their initials spaced and
/// stopped otherwise (`RO F.Q. TUISAWAU` and `RO. F.Q. TUISAWAU`, `B.C Prasad` and `B.C.
/// Prasad`) are one name.
fn loose_key(name: &str) -> String {
    key(name).replace([' ', '.'], "")
}

/// The keys of a name: whole, surname (when two parts or more), first word and initials
/// (when two words or more).
fn name_keys(n: &str) -> (String, Option<String>, Option<(String, String)>) {
    let parts: Vec<&str> = n.split([' ', '.']).filter(|w| !w.is_empty()).collect();
    let surname = (parts.len() > 1).then(|| key(parts[parts.len() - 1]));
    let words: Vec<&str> = n.split(' ').collect();
    let first = (words.len() > 1).then(|| {
        let ini: String = words.iter().filter_map(|w| w.chars().next()).collect();
        (key(words[0]), ini)
    });
    (loose_key(n), surname, first)
}

fn insert_sorted(list: &mut Vec<usize>, i: usize) {
    if let Err(at) = list.binary_search(&i) {
        list.insert(at, i);
    }
}

impl Index {
    fn add(&mut self, i: usize, s: &Resolved) {
        match &s.name {
            Some(n) => {
                let (whole, surname, first) = name_keys(n);
                insert_sorted(self.name.entry(whole).or_default(), i);
                if let Some(k) = surname {
                    insert_sorted(self.surname.entry(k).or_default(), i);
                }
                if let Some((f, ini)) = first {
                    insert_sorted(self.first.entry(f).or_default(), i);
                    insert_sorted(self.initials.entry(ini).or_default(), i);
                }
            }
            None => {
                if let Some(r) = &s.role {
                    self.role.entry(key(r)).or_insert(i);
                }
            }
        }
    }

    /// The speakers of the surname key `surname`, for a label compared with each of them (by
    /// initials, or as a misprint); none when there are more than [`MAX_NAMESAKES`], too many
    /// to tell apart, and comparing with each would make a label cost as much as the page's
    /// speakers.
    fn namesakes(&self, surname: &str) -> &[usize] {
        self.surname
            .get(surname)
            .map(Vec::as_slice)
            .filter(|l| l.len() <= MAX_NAMESAKES)
            .unwrap_or_default()
    }

    /// Another name that finds speaker `i` (by its whole-name key only).
    fn alias(&mut self, i: usize, name: &str) {
        insert_sorted(self.name.entry(loose_key(name)).or_default(), i);
    }

    fn remove(&mut self, i: usize, name: Option<&str>) {
        let Some(n) = name else { return };
        let drop = |map: &mut HashMap<String, Vec<usize>>, k: &str| {
            if let Some(list) = map.get_mut(k) {
                list.retain(|&j| j != i);
            }
        };
        let (whole, surname, first) = name_keys(n);
        drop(&mut self.name, &whole);
        if let Some(k) = surname {
            drop(&mut self.surname, &k);
        }
        if let Some((f, ini)) = first {
            drop(&mut self.first, &f);
            drop(&mut self.initials, &ini);
        }
    }
}

/// The earlier speaker a label belongs to.
fn find_speaker(speakers: &[Resolved], index: &Index, p: &ParsedLabel) -> Match {
    match (&p.name, &p.role) {
        (Some(name), _) => {
            let nk = key(name);
            if let Some(&i) = index.name.get(&loose_key(name)).and_then(|l| l.first()) {
                return Match::One(i);
            }
            let tokens: Vec<&str> = name.split(' ').collect();
            let surname = key(tokens.last().copied().unwrap_or(""));
            let surname = surname.rsplit('.').next().unwrap_or(&surname).to_string();
            // initials printed before the surname: `K. O'HARA`, `M. Zharov`, `С.Собянин`
            let initials: Vec<char> = name
                .split([' ', '.'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .split_last()
                .map(|(_, rest)| rest.iter().filter_map(|w| w.chars().next()).collect())
                .unwrap_or_default();
            let short = tokens.len() == 1
                || tokens
                    .iter()
                    .take(tokens.len() - 1)
                    .all(|t| t.trim_end_matches('.').chars().count() <= 1)
                || name.contains('.') && tokens.len() == 1;
            if short {
                let candidates: Vec<usize> = index
                    .namesakes(&surname)
                    .iter()
                    .copied()
                    .filter(|&i| {
                        speakers[i].name.as_deref().is_some_and(|n| {
                            let parts: Vec<String> = n
                                .split([' ', '.'])
                                .filter(|w| !w.is_empty())
                                .map(key)
                                .collect();
                            initials.iter().zip(parts.iter()).all(|(c, part)| {
                                part.chars().next().map(|pc| key(&pc.to_string()))
                                    == Some(key(&c.to_string()))
                            })
                        })
                    })
                    .collect();
                match candidates.len() {
                    1 => return Match::One(candidates[0]),
                    0 => {}
                    _ => return Match::Many,
                }
                // a unique first name (`Maria`), or initials (`GS` for Gleb Sorokin)
                if tokens.len() == 1 {
                    if let Some([only]) = index.first.get(&nk).map(Vec::as_slice) {
                        return Match::One(*only);
                    }
                    let printed = p.printed.as_str();
                    let letters = printed.chars().count();
                    if (2..=3).contains(&letters)
                        && printed.chars().all(char::is_uppercase)
                        && let Some([only]) = index.initials.get(printed).map(Vec::as_slice)
                    {
                        return Match::One(*only);
                    }
                }
            }
            // the full name of the one earlier speaker printed with initials (`D. Lind`, then
            // `Dmitry Lind`; `DR P. KOLI`, then `DR PITA KOLI`)
            if !short && tokens.len() >= 2 {
                let firsts: Vec<String> = tokens[..tokens.len() - 1]
                    .iter()
                    .filter_map(|t| t.chars().next())
                    .map(|c| key(&c.to_string()))
                    .collect();
                // (among the speakers of the surname: [`Index::namesakes`])
                let candidates: Vec<usize> = index
                    .namesakes(&surname)
                    .iter()
                    .copied()
                    .filter(|&i| {
                        speakers[i].name.as_deref().is_some_and(|n| {
                            let parts: Vec<&str> =
                                n.split([' ', '.']).filter(|w| !w.is_empty()).collect();
                            let (_, given) = parts.split_last().unwrap_or((&"", &[]));
                            !given.is_empty()
                                && given.len() == firsts.len()
                                && given
                                    .iter()
                                    .zip(&firsts)
                                    .all(|(g, f)| g.chars().count() == 1 && key(g) == *f)
                        })
                    })
                    .collect();
                if let [only] = candidates.as_slice() {
                    return Match::One(*only);
                }
            }
            if tokens.len() >= 2
                && let Some(i) = misprint_of(speakers, index, &p.printed, &surname)
            {
                return Match::Misprint(i);
            }
            Match::None
        }
        (None, Some(role)) => match index.role.get(&key(role)) {
            Some(&i) => Match::One(i),
            // the role of the one earlier named speaker who holds it (`VICE PRESIDENT` after
            // `VICE PRESIDENT LEE`; `The President` after `President Lind`); two who hold it
            // leave the label its own speaker (a page of a few hundred speakers is not read)
            None if speakers.len() <= 256 => {
                let bare = |r: &str| {
                    let k = key(r);
                    k.strip_prefix("the ").map(str::to_string).unwrap_or(k)
                };
                let wanted = bare(role);
                let mut holders = speakers.iter().enumerate().filter(|(_, s)| {
                    s.name.is_some() && s.role.as_deref().is_some_and(|r| bare(r) == wanted)
                });
                match (holders.next(), holders.next()) {
                    (Some((i, _)), None) => Match::One(i),
                    _ => Match::None,
                }
            }
            None => Match::None,
        },
        (None, None) => Match::None,
    }
}

/// The most earlier speakers of one surname that a label is compared with, one by one, to
/// find the one it names by initials or misprinted (a page has a few namesakes at most).
const MAX_NAMESAKES: usize = 16;

/// The one earlier speaker with the surname key `surname` whose name or a label reads as
/// `printed` misprinted: the same words but one, not the last, that differs by one letter
/// added, dropped, changed or swapped with its neighbour, and has at least five letters and
/// the same first letter (`Vladmir Ivanov` for `Vladimir Ivanov`, `SECREATRY LANGE` for
/// `SECRETARY LANGE`, `Sergey` for `Sergei`). `None` when no speaker or more than one reads
/// so.
fn misprint_of(
    speakers: &[Resolved],
    index: &Index,
    printed: &str,
    surname: &str,
) -> Option<usize> {
    // (more than a few speakers of the surname are too many to tell a misprint among:
    // [`Index::namesakes`]; 100,000 distinct names of one surname took minutes)
    if index
        .surname
        .get(surname)
        .is_some_and(|l| l.len() > MAX_NAMESAKES)
    {
        return None;
    }
    let words: Vec<String> = printed.split(' ').map(key).collect();
    let candidates = index
        .namesakes(surname)
        .iter()
        .chain(index.name.get(&loose_key(surname)).into_iter().flatten());
    let mut found = None;
    for &i in candidates {
        let s = &speakers[i];
        let reads = s
            .name
            .iter()
            .chain(&s.labels)
            .any(|other| one_word_misprinted(&words, other));
        if reads {
            if found.is_some_and(|f| f != i) {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// Whether `other` has the words `words` (keys) but one, not the last, misprinted by one edit.
fn one_word_misprinted(words: &[String], other: &str) -> bool {
    let others: Vec<String> = other.split(' ').map(key).collect();
    if others.len() != words.len() || others.last() != words.last() {
        return false;
    }
    let mut differing = words.iter().zip(&others).filter(|(a, b)| a != b);
    match (differing.next(), differing.next()) {
        (Some((a, b)), None) => one_edit(a, b),
        _ => false,
    }
}

/// Whether `a` and `b`, words of at least five letters with the same first letter, differ by
/// one letter added, dropped, changed, or swapped with its neighbour (Damerau's edits), other
/// than the edits that make another name: a vowel added at the end (`Daniel`/`Daniela`) or one
/// vowel for another (`Marion`/`Marian`; `i` for `y` is a transliteration, `Sergei`/`Sergey`).
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b
        || a.len().min(b.len()) < 5
        || a[0] != b[0]
        || a.iter().chain(&b).any(|c| !c.is_alphabetic())
        || a.len().abs_diff(b.len()) > 1
    {
        return false;
    }
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[head..], &b[head..]);
    let vowel = |c: char| "aeiouаеёиоуыэюя".contains(c);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            // (one vowel for another names someone else, `Marion`/`Marian`, except `i`/`y` of
            // transliterations, `Sergei`/`Sergey`)
            let (x, y) = (ra[0], rb[0]);
            let i_y = matches!((x, y), ('i', 'y') | ('y', 'i'));
            ra[1..] == rb[1..] && (i_y || !(vowel(x) && vowel(y)))
                || ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]
        }
        // (a vowel added at the end names someone else: `Daniel`/`Daniela`, `Simon`/`Simone`)
        std::cmp::Ordering::Greater => ra[1..] == *rb && !(ra.len() == 1 && vowel(ra[0])),
        std::cmp::Ordering::Less => *ra == rb[1..] && !(rb.len() == 1 && vowel(rb[0])),
    }
}

/// A note naming a constituency and a role, `Tari-Pori - Prime Minister` or
/// `Moresby-South-Minister for Foreign Affairs`: the place and the role (from the first role
/// word on). A note without a role word is all place or party.
fn split_note_role(inner: &str) -> (Option<&str>, Option<&str>) {
    // the hyphen-separated segment holding the first role word starts the role
    let mut offset = 0;
    for segment in inner.split(['-', '–']) {
        let has_role = segment.split(' ').any(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && with_lower(w, is_role_word)
        });
        if has_role {
            let place = inner[..offset].trim_end_matches([' ', '-', '–']).trim();
            let place = (!place.is_empty()).then_some(place);
            return (place, Some(inner[offset..].trim()));
        }
        offset += segment.len();
        offset += inner[offset..].chars().next().map_or(0, char::len_utf8);
    }
    (Some(inner), None)
}

/// The number of honorific words opening `note` when it is an honorific and a name, every
/// word capitalized (`Mrs Helen Whitmore`, `Mr Pryce`), else `None`.
fn honorific_then_name(note: &str) -> Option<usize> {
    let words: Vec<&str> = note.split(' ').filter(|w| !w.is_empty()).collect();
    let h = honorific_words(&words);
    (h > 0
        && h < words.len()
        && words.len() - h <= 4
        && words[h..].iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        }))
    .then_some(h)
}

/// `Some(0)` when `note` is a name alone, two to four capitalized words with no role word or
/// honorific (`Gareth Lowry` in `The Minister of State, Department for Transport (Gareth
/// Lowry)`, as UK Hansard labels a minister), else `None`.
fn plain_name(note: &str) -> Option<usize> {
    let words: Vec<&str> = note.split(' ').filter(|w| !w.is_empty()).collect();
    ((2..=4).contains(&words.len())
        && honorific_words(&words) == 0
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().filter(|c| c.is_lowercase()).count() >= 1
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && !crate::grammar::words::with_lower(w, crate::grammar::words::is_role_word)
        }))
    .then_some(0)
}

fn strip_notes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Split a label into its parts (see the module docs). `roster` holds the keys of every label
/// on the page.
/// A label in capitals without the period a record printed before its colon (`HON. J. USAMATE.:`
/// and `MR. SPEAKER.:` name who `HON. J. USAMATE:` and `MR. SPEAKER:` do); an initial or an
/// abbreviation that ends the label keeps its period (`JOHN SMITH JR.`).
fn without_stray_period(label: &str) -> &str {
    let trimmed = label.trim_end_matches('.');
    let last = trimmed.rsplit([' ', '.']).next().unwrap_or("");
    if trimmed.len() < label.len()
        && last.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && crate::grammar::words::is_all_caps(trimmed)
        && !matches!(last, "JR" | "SR" | "ST")
    {
        trimmed
    } else {
        label
    }
}

pub(crate) fn parse_label(label: &str, roster: &HashSet<String>) -> ParsedLabel {
    let printed = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut p = ParsedLabel {
        printed: printed.clone(),
        ..ParsedLabel::default()
    };
    // an earnings call's `Name -- Office` or `Name -- Firm -- Role` (see
    // `classify::name_dash_role`)
    if crate::classify::name_dash_role(&printed).is_some() {
        let parts: Vec<&str> = printed.split(" -- ").map(str::trim).collect();
        p.name = Some(case_words(parts[0], false));
        if let [_, .., firm, role] = parts.as_slice() {
            p.affiliation = Some(firm.to_string());
            p.role = Some(case_words(role, true));
        } else if let Some(role) = parts.get(1) {
            p.role = Some(case_words(role, true));
        }
        return p;
    }
    // pop-up text pasted after a wide gap: keep what is before it
    let mut main = without_stray_period(label.split("   ").next().unwrap_or(label)).to_string();
    // a dash label's dash before the office in a note after it (`HON. A. LIND.- (Minister for
    // Ports)`, see `label::dash_label`) is no part of the name
    for dash in [".- (", ".– ("] {
        if let Some(k) = main.find(dash) {
            main.replace_range(k..k + dash.len(), " (");
            break;
        }
    }
    let mut note_role: Option<String> = None;
    // `The Leader of the House (Mrs Helen Whitmore)`: the holder of the role, by honorific and
    // name (the UK Hansard style for ministers and officers)
    let mut note_name: Option<(usize, String)> = None;
    // how many words come before the last place or affiliation note (`... Weapons (OPCW) Hamid
    // Ali Rao`: the name starts after it)
    let mut note_end_word: Option<usize> = None;
    // notes in brackets: timestamps, delivery notes, affiliations
    let mut rest = String::with_capacity(main.len());
    let mut chars = main.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '('
            && let Some(close) = main[i..].find(')')
        {
            let inner = main[i + 1..i + close].trim();
            let l = lower(inner);
            if inner.contains(':')
                && inner
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            {
                p.timestamp = Some(inner.to_string());
            } else if DELIVERY.iter().any(|d| l == *d || l.starts_with(d))
                || language_note(&l)
                || stage_note(inner)
            {
                p.delivery = Some(inner.to_string());
            } else if note_name.is_none()
                && let Some(h) = honorific_then_name(inner)
                    .or_else(|| plain_name(inner).filter(|_| has_role_word(&rest)))
            {
                note_name = Some((h, inner.to_string()));
            } else {
                note_end_word = Some(rest.split_whitespace().count());
                let (place, role) = split_note_role(inner);
                if p.affiliation.is_none() {
                    p.affiliation = place.map(str::to_string);
                }
                if role.is_some() {
                    note_role = role.map(|r| case_words(r, true));
                }
            }
            while chars.peek().is_some_and(|&(j, _)| j <= i + close) {
                chars.next();
            }
            continue;
        }
        rest.push(c);
    }
    main = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let main = main.trim_matches([',', ' ']).to_string();
    // `Mr. CARDOZA of California`: a state after an upper-case surname
    let mut tokens: Vec<&str> = main.split(' ').filter(|w| !w.is_empty()).collect();
    // (the word before the state is a surname even when it is a role word: `Mr. KING of Iowa`)
    let mut of_state = false;
    if let Some(of) = tokens.iter().position(|w| *w == "of")
        && of > 0
        && is_all_caps(tokens[of - 1])
        && tokens[of + 1..]
            .iter()
            .all(|w| !is_all_caps(w) && w.chars().next().is_some_and(char::is_uppercase))
        && of + 1 < tokens.len()
    {
        p.affiliation = Some(tokens[of + 1..].join(" "));
        tokens.truncate(of);
        of_state = true;
    }
    let main = tokens.join(" ");
    if let Some((h, note)) = note_name
        && !main.is_empty()
        && has_role_word(&main)
    {
        let words: Vec<&str> = note.split(' ').filter(|w| !w.is_empty()).collect();
        if h > 0 {
            p.honorific = Some(honorific_text(&words[..h]));
        }
        p.name = Some(case_words(&words[h..].join(" "), false));
        p.role = Some(case_words(&main, true));
        return p;
    }
    if let Some(role) = note_role {
        // `Mr JAMES MARAPE (Tari-Pori - Prime Minister)`: the note carries the role
        let words: Vec<&str> = main.split(' ').filter(|w| !w.is_empty()).collect();
        let h = honorific_words(&words);
        if h > 0 && h < words.len() {
            p.honorific = Some(honorific_text(&words[..h]));
        }
        p.name = Some(case_words(&words[h.min(words.len())..].join(" "), false));
        p.role = Some(role);
        return p;
    }
    // Russian pop-up text after an initials label: `С.Собянин Собянин Сергей Семёнович мэр Москвы`
    if let Some(first) = tokens.first()
        && initials_token(first)
    {
        p.name = Some(case_initials(first));
        if tokens.len() > 1 {
            let surname = key(first.rsplit('.').next().unwrap_or(first));
            let mut k = 1;
            if key(tokens[1]) == surname {
                k = 2;
                // (the name's words, up to a role word printed with a capital: `Сассу-Нгессо
                // Дени Президент Республики Конго`)
                while k < tokens.len()
                    && k < 4
                    && tokens[k].chars().next().is_some_and(char::is_uppercase)
                    && !with_lower(tokens[k], is_role_word)
                {
                    k += 1;
                }
            }
            // the rest is a role when it holds a role word or a word in lower case (`мэр
            // Москвы`); capitalized words alone are more of the name (`М.Диас-Канель
            // Бермудес`)
            let rest = &tokens[k.min(tokens.len())..];
            if rest.iter().any(|w| {
                w.chars().next().is_some_and(char::is_lowercase) || with_lower(w, is_role_word)
            }) {
                p.role = Some(capitalize_first(&rest.join(" ")));
            } else if k == 1 {
                // (with no pop-up text repeating the surname they are printed words of the
                // name, not the pop-up's: `Х.Бен Карим Аль Навар`)
                let mut name = p.name.take().unwrap_or_default();
                for w in rest {
                    name.push(' ');
                    name.push_str(&case_words(w, false));
                }
                p.name = Some(name);
            }
        }
        return p;
    }
    // ROLE – NAME: a role and its holder's name set apart by a spaced dash (`Deputy Prime
    // Minister – Ivo Rask`, `Minister of Ports – Chief of Staff – Olga Marin`)
    if let Some((role, name)) = main
        .rfind(" – ")
        .or_else(|| main.rfind(" — "))
        .map(|at| (&main[..at], &main[at + " – ".len()..]))
        && has_role_word(role)
        && {
            let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && !with_lower(w, |l| is_role_word(l) || is_small_word(l))
                })
        }
    {
        p.name = Some(case_words(name, false));
        p.role = Some(case_words(role, true));
        return p;
    }
    // NAME, ROLE (not an enumeration inside a role: `Construction, Housing and Utilities
    // Minister Mikhail Men`)
    if let Some((a, b)) = main.split_once(',')
        && !enumeration_in_role(a, b)
    {
        let (a, b) = (a.trim(), b.trim());
        let a_role = has_role_word(a);
        let b_role = has_role_word(b);
        // `Panel moderator, NBC host Ann Lee`, `Commander of the fleet, Colonel General Ivo
        // Rask`: roles on both sides, the name at the end of the second
        if a_role && b_role {
            let tail = parse_label(b, roster);
            if let (Some(name), Some(role)) = (tail.name, tail.role) {
                p.name = Some(name);
                p.honorific = tail.honorific;
                p.role = Some(format!("{}, {role}", case_words(a, true)));
                return p;
            }
        }
        let (name_part, role_part) = if a_role && !b_role { (b, a) } else { (a, b) };
        let words: Vec<&str> = name_part.split(' ').filter(|w| !w.is_empty()).collect();
        let h = honorific_words(&words);
        if h > 0 && h < words.len() {
            p.honorific = Some(honorific_text(&words[..h]));
        }
        let name = words[h.min(words.len())..].join(" ");
        if !name.is_empty() {
            p.name = Some(case_words(&name, false));
        }
        if post_nominal(role_part) {
            // `Ann Lee, PsyD`: a degree after the name is no role; it goes with the honorific
            let degree = role_part.trim().to_string();
            p.honorific = Some(match p.honorific.take() {
                Some(h) => format!("{h}, {degree}"),
                None => degree,
            });
        } else if !role_part.is_empty() {
            p.role = Some(case_words(role_part, true));
        }
        return p;
    }
    let words: Vec<&str> = main.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        p.name = Some(printed);
        return p;
    }
    let lower_all = lower(&main);
    if lower_all == "q" {
        p.role = Some("Question".to_string());
        return p;
    }
    // (its answer, printed `A.` or `A:` over against the question's `Q`)
    if lower_all == "a" && main == "A" {
        p.role = Some("Answer".to_string());
        return p;
    }
    // one letter (`A`, `I`, `R`, `В`): the letter a transcript gives a side, no person's name
    if main.chars().count() == 1 && main.chars().all(char::is_uppercase) {
        p.role = Some(main.to_string());
        return p;
    }
    if is_role_label(&lower_all) || is_role_label(&lower(&strip_notes(&main))) {
        p.role = Some(case_words(&main, true));
        return p;
    }
    let h = honorific_words(&words);
    let body = &words[h.min(words.len())..];
    let last_lower = body.last().map(|w| lower(w));
    let surname_of_state = of_state && h > 0 && body.len() == 1;
    let role_only = !surname_of_state
        && (body.is_empty()
            || lower(words[0]) == "the"
            || body.iter().all(|w| {
                let l = lower(w);
                is_role_word(&l)
                    || is_small_word(&l)
                    || l.chars().all(|c| c.is_ascii_digit())
                    || is_number_word(&l)
            })
            || last_lower.as_deref().is_some_and(|l| {
                is_role_word_strict(l)
                    || is_group_word(l)
                    || l.chars().all(|c| c.is_ascii_digit())
                    || is_number_word(l) && body.len() > 1
            }));
    if role_only {
        p.role = Some(case_words(&main, true));
        return p;
    }
    if h > 0 {
        p.honorific = Some(honorific_text(&words[..h]));
    }
    if surname_of_state {
        p.name = Some(case_words(body[0], false));
        return p;
    }
    // role before name
    let lowered: Vec<String> = body.iter().map(|w| lower(w)).collect();
    let last_role = lowered.iter().rposition(|w| is_role_word(w));
    let name_start = match last_role {
        // no role word, but the page uses the tail alone as a label: `HARBOUR MASTER ANNA
        // LIND` then `ANNA LIND`, so the head is a role
        None => (1..body.len())
            .find(|&s| s + 2 <= body.len() && roster.contains(&key(&body[s..].join(" "))))
            .unwrap_or(0),
        Some(r) => {
            // (a phrase of the role goes on past the role word: `Chief Harbour Inspector of
            // the Northern Federation Irina Tass`; a name holds no small word but a particle)
            let of_phrase = lowered.get(r + 1).is_some_and(|w| is_small_word(w))
                || lowered[r + 1..]
                    .iter()
                    .any(|w| is_small_word(w) && !is_particle(w));
            // the longest tail that the page uses alone as a label
            let tail = (r + 1..body.len()).find(|&s| {
                let tail_key = key(&body[s..].join(" "));
                s + 2 <= body.len() && roster.contains(&tail_key)
            });
            match tail {
                Some(s) => s,
                // the name as the pop-up text prints it, surname first (`President of Veleria
                // Pal Janos Varga     Varga Pal JanosPresident of Veleria`)
                None if of_phrase && let Some(k) = popup_name_len(label, &body[r + 1..]) => {
                    body.len() - k
                }
                // the capitalized words after a note closing the role (`... of Chemical
                // Weapons (OPCW) Hamid Ali Rao`, `... University of Granada (Spain) Rafael
                // Guzman Tirado`), two or three of them, the first no organisation's noun
                // (`Office Ivan Lind` is an office and a name; `Mary Jane Court` a name), are
                // the name
                None if of_phrase
                    && let Some(at) = note_end_word
                        .and_then(|w| w.checked_sub(h))
                        .filter(|&at| at > r && (2..=3).contains(&(body.len() - at)))
                        .filter(|&at| {
                            body[at..].iter().all(|w| {
                                w.starts_with(char::is_uppercase)
                                    && !with_lower(w, |l| is_role_word(l) || is_small_word(l))
                            }) && !with_lower(body[at], is_organisation_noun)
                        }) =>
                {
                    at
                }
                None if of_phrase => {
                    let n = body.len();
                    let mut s = n.saturating_sub(2).max(r + 1);
                    if s > r + 1
                        && s >= 1
                        && (body[s - 1].trim_end_matches('.').chars().count() == 1
                            || is_particle(&lowered[s - 1]))
                    {
                        s -= 1;
                    }
                    // `LEADER OF THE GOVERNMENT IN PARLIAMENT`, `CLERK AT THE TABLE`: a phrase
                    // of the role in capitals, with no name after it
                    if is_small_word(&lowered[s])
                        && !is_particle(&lowered[s])
                        && is_all_caps(&body.join(" "))
                    {
                        s = n;
                    }
                    s
                }
                // an organisation's noun after the last role word belongs to the role
                // (`Secretary of the Party General Council Sergei Neverov`)
                None => {
                    let mut s = r + 1;
                    while s + 2 <= body.len() && is_organisation_noun(&lowered[s]) {
                        s += 1;
                    }
                    s
                }
            }
        }
    };
    if name_start >= body.len() {
        p.role = Some(case_words(&main, true));
        p.honorific = None;
        return p;
    }
    if name_start > 0 {
        p.role = Some(case_words(&body[..name_start].join(" "), true));
    }
    p.name = Some(case_words(&body[name_start..].join(" "), false));
    p
}

/// How many words end `tail` (the label's words after its last role word) that are the name
/// the pop-up text after the label's wide gap prints in another order, surname first: the
/// pop-up's capitalized words up to the role glued to the last of them (`Varga Pal
/// JanosPresident of Veleria` names `Varga Pal Janos`). `None` without pop-up text, for
/// a name of one word, or when the words differ.
fn popup_name_len(label: &str, tail: &[&str]) -> Option<usize> {
    let (_, popup) = label.split_once("   ")?;
    let mut name: Vec<String> = Vec::new();
    for w in popup.split(' ').filter(|w| !w.is_empty()) {
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        // a role glued to the name's last word: `TayyipPresident`
        let glued = w
            .char_indices()
            .zip(w.chars().skip(1))
            .find(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
            .map(|((i, a), _)| i + a.len_utf8());
        name.push(key(&w[..glued.unwrap_or(w.len())]));
        if glued.is_some() {
            break;
        }
    }
    let k = name.len();
    if k < 2 || k > tail.len() {
        return None;
    }
    let mut printed: Vec<String> = tail[tail.len() - k..].iter().map(|w| key(w)).collect();
    printed.sort_unstable();
    name.sort_unstable();
    (printed == name).then_some(k)
}

/// The honorific words of a label as the model gives them, cased as [`case_words`] does; one
/// printed with a colon for its period (`MR: LIND`, a typo) is given its period (`Mr.`).
fn honorific_text(words: &[&str]) -> String {
    let words: Vec<std::borrow::Cow<'_, str>> = words
        .iter()
        .map(|w| match w.strip_suffix(':') {
            Some(bare) => std::borrow::Cow::Owned(format!("{bare}.")),
            None => std::borrow::Cow::Borrowed(*w),
        })
        .collect();
    case_words(&words.join(" "), false)
}

/// Role words that end role-only labels (`SENIOR ADMINISTRATION OFFICIAL`, `UNIDENTIFIED MALE`).
fn is_role_word_strict(l: &str) -> bool {
    matches!(
        l,
        "official"
            | "officials"
            | "male"
            | "female"
            | "speaker"
            | "moderator"
            | "interpreter"
            | "translator"
            | "officer"
            | "reporter"
            | "questioner"
            | "participant"
            | "voice"
            | "witness"
            | "chair"
            | "clerk"
    )
}

fn is_number_word(l: &str) -> bool {
    matches!(
        l,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Whether the comma between `a` and `b` enumerates the fields of one role: `a` holds no role
/// word and `b` joins another field with `and` before its first role word (`Construction,
/// Housing and Utilities Minister X`), or `a` is a role with `of`/`for` after its role word and
/// `b` goes on with the list, an `and` and no role word (`Minister of Civil Defence,
/// Emergencies and Disaster Relief X`).
fn enumeration_in_role(a: &str, b: &str) -> bool {
    let words: Vec<String> = b.split(' ').filter(|w| !w.is_empty()).map(lower).collect();
    let and = |w: &String| w == "and" || w == "&";
    if has_role_word(a) {
        // `Minister of Civil Defence, Emergencies and Disaster Relief Ivo Rask`: the list
        // goes on after a role's `of`/`for`, and no role follows
        let a_words: Vec<String> = a.split(' ').filter(|w| !w.is_empty()).map(lower).collect();
        let of_after_role = a_words
            .iter()
            .position(|w| is_role_word(w))
            .is_some_and(|r| a_words[r + 1..].iter().any(|w| w == "of" || w == "for"));
        return of_after_role && words.iter().any(and) && !words.iter().any(|w| is_role_word(w));
    }
    if crate::grammar::words::word_count(a) > 3 {
        return false;
    }
    let first_role = words.iter().position(|w| is_role_word(w));
    first_role.is_some_and(|r| words[..r].iter().any(and))
}

/// Nouns that name an organisation, never a person (`Council`, `Fund`): a role goes on through
/// them (`General Council`, `Investment Fund`).
fn is_organisation_noun(l: &str) -> bool {
    matches!(
        l,
        "council"
            | "committee"
            | "board"
            | "fund"
            | "foundation"
            | "corporation"
            | "bank"
            | "party"
            | "association"
            | "union"
            | "agency"
            | "service"
            | "ministry"
            | "office"
            | "commission"
            | "institute"
            | "university"
            | "academy"
            | "chamber"
            | "assembly"
            | "company"
            | "group"
            | "society"
            | "federation"
            | "administration"
            | "department"
            | "court"
            | "forum"
            | "centre"
            | "center"
            | "club"
            | "authority"
    )
}

/// Plural nouns naming a group of speakers (`HON. MEMBERS`, `OPPOSITION MEMBERS`): a role, no
/// name.
fn is_group_word(l: &str) -> bool {
    matches!(
        l,
        "members" | "delegates" | "participants" | "senators" | "deputies" | "voices"
    )
}

fn is_particle(l: &str) -> bool {
    matches!(
        l,
        "de" | "da"
            | "van"
            | "von"
            | "der"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "la"
            | "le"
            | "di"
            | "del"
            | "dos"
            | "du"
    )
}

fn has_role_word(s: &str) -> bool {
    s.split([' ', '-']).any(|w| {
        with_lower(w, is_role_word)
            || matches!(
                lower(w).as_str(),
                "candidate" | "director-general" | "anchor"
            )
    })
}

/// `А.СОКОЛОВ` becomes `А.Соколов`; `В.Путин` stays.
fn case_initials(token: &str) -> String {
    match token.rfind('.') {
        Some(dot) => {
            let (initials, surname) = token.split_at(dot + 1);
            format!("{}{}", initials, case_word(surname, false, false))
        }
        None => token.to_string(),
    }
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// In a label not printed in capitals (small words, honorifics and notes aside), the role's
/// words printed in capitals keep them: an acronym or a company's name (`PORTCO CEO Ivan
/// Lind`, `CEO of HARBCO Anna Berg`) is not title-cased as the words of a label in capitals
/// are.
fn keep_printed_capitals(label: &str, parsed: &mut ParsedLabel) {
    let Some(role) = parsed.role.as_mut() else {
        return;
    };
    // (printed in capitals but for its small words, honorifics and notes: `The PRESIDING
    // OFFICER`, `Mr ACTING SPEAKER`, `ANNA LIND, REPORTER (voice-over)`)
    let in_capitals = crate::grammar::label::outside_notes(label)
        .split(' ')
        .filter(|w| {
            w.chars().any(char::is_alphabetic)
                && !with_lower(w, is_small_word)
                && honorific_words(&[w]) == 0
        })
        .all(is_all_caps);
    if in_capitals {
        return;
    }
    let capitals: Vec<&str> = label
        .split([' ', '(', ')', ','])
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_all_caps(w))
        .collect();
    if capitals.is_empty() {
        return;
    }
    let kept: Vec<String> = role
        .split(' ')
        .map(|w| {
            capitals
                .iter()
                .find(|c| **c != w && lower(c) == lower(w))
                .map_or_else(|| w.to_string(), |c| c.to_string())
        })
        .collect();
    *role = kept.join(" ");
}

/// Natural casing for a name or role: words printed in capitals are title-cased (`IVANOV` to
/// `Ivanov`, `O'ROURKE-BATES` to `O'Rourke-Bates`), acronyms kept (`FSB`, `WNC`); in roles the
/// small words after the first are lower case (`Director of the Federal Drugs Control Service`).
/// Words printed in mixed case keep their casing, and so do the words in capitals of a role
/// printed in mixed case (`Chairman of the ABC Board`).
pub(crate) fn case_words(s: &str, role: bool) -> String {
    let all_caps = is_all_caps(s);
    // a role printed in mixed case: a word in lower case other than a small word or an
    // honorific (`The PRESIDING OFFICER`, `Mr ACTING SPEAKER` are printed in capitals)
    let mixed = role
        && s.split(' ').any(|w| {
            w.chars().any(char::is_lowercase)
                && !with_lower(w, is_small_word)
                && honorific_words(&[w]) == 0
        });
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // (a role printed in mixed case keeps its words in capitals: `FIFA`, `NPO`)
        if mixed && is_all_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            out.push_str(w);
            continue;
        }
        // (and its words with a capital inside: `KamTEX`, `DELTAPort`, and its small words
        // printed with a capital, which open a name: `the A Just Cause faction`, `Platform –
        // For Life`)
        if mixed
            && (w.chars().skip(1).any(char::is_uppercase)
                || i > 0 && w.starts_with(char::is_uppercase) && with_lower(w, is_small_word))
        {
            out.push_str(w);
            continue;
        }
        out.push_str(&case_word(w, i > 0, role || all_caps));
    }
    out
}

/// The length of a mixed-case prefix before a surname in capitals (`Mc` of `McCAIN`, `De` of
/// `DeMINT`): a capital and one or two lower-case letters, then at least two capitals only.
fn caps_prefix_len(w: &str) -> Option<usize> {
    let mut chars = w.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut lowers = 0;
    let mut split = None;
    for (i, c) in chars {
        if c.is_lowercase() && split.is_none() {
            lowers += 1;
        } else if c.is_uppercase() && split.is_none() {
            split = Some(i);
        } else if c.is_lowercase() {
            return None;
        }
    }
    let split = split?;
    ((1..=2).contains(&lowers) && w[split..].chars().filter(|c| c.is_uppercase()).count() >= 2)
        .then_some(split)
}

/// Whether a hyphenated word opens with a capital and has a part after a hyphen that opens in
/// lower case, all its letters outside those openings in lower case (`Editor-in-chief`,
/// `Co-chair`; not `Mar-a-Lago`'s capital inside, nor `iKoro`).
fn not_first_part_lower(w: &str) -> bool {
    let mut parts = w.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    first.starts_with(char::is_uppercase)
        && w.contains('-')
        && w.split('-')
            .all(|p| p.chars().skip(1).all(|c| !c.is_uppercase()))
        && w.split('-')
            .skip(1)
            .any(|p| p.starts_with(char::is_lowercase) && !with_lower(p, is_small_word))
}

fn case_word(w: &str, not_first: bool, small_lower: bool) -> String {
    let l = lower(w);
    if not_first && small_lower && is_small_word(&l) {
        return l;
    }
    // `McCAIN`, `DeMINT`: the mixed-case prefix kept, the capitals after it title-cased
    if let Some(split) = caps_prefix_len(w) {
        let (head, rest) = w.split_at(split);
        return format!("{head}{}", case_word(rest, true, false));
    }
    if !is_all_caps(w) {
        // roles are title-cased: `Plenary session moderator` is `Plenary Session Moderator`;
        // a word with a capital inside keeps its casing (`iKoro Affairs`, `eGovernment`)
        // (a one-letter word in lower case is another language's `and`: `Argumenty i Fakty`)
        if small_lower
            && w.chars().next().is_some_and(char::is_lowercase)
            && !w.chars().skip(1).any(char::is_uppercase)
            && w.chars().nth(1).is_some()
        {
            return capitalize_first(w);
        }
        // the parts of a hyphenated word of a role are title-cased too, small words but the
        // first left in lower case (`Editor-in-chief` is `Editor-in-Chief`, `Co-chair` is
        // `Co-Chair`)
        if small_lower && not_first_part_lower(w) {
            return w
                .split('-')
                .enumerate()
                .map(|(k, part)| {
                    if k > 0 && !with_lower(part, is_small_word) {
                        capitalize_first(part)
                    } else {
                        part.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("-");
        }
        return w.to_string();
    }
    if is_acronym(w) {
        return w.to_string();
    }
    // title-case each part between hyphens, apostrophes and periods
    let mut out = String::with_capacity(w.len());
    let mut start_of_part = true;
    let mut prev_apostrophe_short = false;
    for c in w.chars() {
        if c.is_alphabetic() {
            if start_of_part {
                out.push(c);
                start_of_part = false;
            } else {
                out.push_str(&lower(&c.to_string()));
            }
            prev_apostrophe_short = false;
        } else {
            out.push(c);
            // `O'HARA` keeps the capital after the apostrophe; `DON'T` would not, but labels
            // rarely hold contractions
            start_of_part = matches!(c, '-' | '.' | '\'' | '’') || prev_apostrophe_short;
            prev_apostrophe_short = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(label: &str, roster: &[&str]) -> (Option<String>, Option<String>) {
        let roster: HashSet<String> = roster.iter().map(|r| key(r)).collect();
        let p = parse_label(label, &roster);
        (p.name, p.role)
    }

    fn pair(name: Option<&str>, role: Option<&str>) -> (Option<String>, Option<String>) {
        (name.map(String::from), role.map(String::from))
    }

    // Audit 9 kind 5: the parts of a hyphenated role word after its first were left in lower
    // case, and another language's one-letter `i` became `I`.
    #[test]
    fn hyphenated_role_words_are_title_cased_part_by_part() {
        assert_eq!(
            case_words("Editor-in-chief of the Harbour Gazette", true),
            "Editor-in-Chief of the Harbour Gazette"
        );
        assert_eq!(
            case_words("Co-chair of the Board", true),
            "Co-Chair of the Board"
        );
        assert_eq!(
            case_words("Avana i Mir Editor-in-Chief", true),
            "Avana i Mir Editor-in-Chief"
        );
        assert_eq!(case_words("Secretary-General", true), "Secretary-General");
        assert_eq!(case_words("Anna Mar-a-Lago", false), "Anna Mar-a-Lago");
    }

    #[test]
    fn a_list_after_a_roles_of_is_no_name_role_pair() {
        assert_eq!(
            parsed(
                "Minister of Civil Defence, Floods and Fire Relief Ivo Rask",
                &[]
            ),
            pair(
                Some("Ivo Rask"),
                Some("Minister of Civil Defence, Floods and Fire Relief")
            )
        );
        // a name after the comma is still split off
        assert_eq!(
            parsed("Minister of Finance, Ann Lee", &[]),
            pair(Some("Ann Lee"), Some("Minister of Finance"))
        );
    }

    #[test]
    fn a_role_with_a_rank_prefix_is_a_role() {
        assert_eq!(
            parsed("Vice-Rector of the Harbour Naval Academy Ivo Rask", &[]),
            pair(
                Some("Ivo Rask"),
                Some("Vice-Rector of the Harbour Naval Academy")
            )
        );
        assert!(crate::grammar::words::is_role_word("co-founder"));
        assert!(!crate::grammar::words::is_role_word("well-known"));
    }

    #[test]
    fn military_ranks_are_roles() {
        assert_eq!(
            parsed("Senior Sergeant Olga Varina", &[]),
            pair(Some("Olga Varina"), Some("Senior Sergeant"))
        );
        assert_eq!(
            parsed("Lieutenant Colonel Ivo Rask", &[]),
            pair(Some("Ivo Rask"), Some("Lieutenant Colonel"))
        );
    }

    #[test]
    fn a_role_alone_after_the_one_named_speaker_holding_it_is_that_speaker() {
        let s = resolve(
            &[
                Some("VICE PRESIDENT LEE"),
                Some("Q"),
                Some("THE VICE PRESIDENT"),
            ],
            &[],
        );
        assert_eq!(s.of_turn, [Some(0), Some(1), Some(0)]);
        assert_eq!(s.speakers[0].name.as_deref(), Some("Lee"));
        // two holders of the role: the label stays its own speaker
        let s = resolve(
            &[
                Some("PRESIDENT LIND"),
                Some("PRESIDENT KOLI"),
                Some("THE PRESIDENT"),
            ],
            &[],
        );
        assert_eq!(s.of_turn, [Some(0), Some(1), Some(2)]);
    }

    #[test]
    fn a_degree_after_the_name_is_no_role() {
        let p = parse_label("Anna Keel, PsyD", &HashSet::new());
        assert_eq!(
            (p.name.as_deref(), p.role.as_deref(), p.honorific.as_deref()),
            (Some("Anna Keel"), None, Some("PsyD"))
        );
        let p = parse_label("Dr. Anna Keel, Ph.D., MPH", &HashSet::new());
        assert_eq!(
            (p.name.as_deref(), p.role.as_deref(), p.honorific.as_deref()),
            (Some("Anna Keel"), None, Some("Dr., Ph.D., MPH"))
        );
        // a role after the comma is still a role
        assert_eq!(
            parsed("Anna Keel, Harbour Master", &[]),
            pair(Some("Anna Keel"), Some("Harbour Master"))
        );
    }

    #[test]
    fn many_namesakes_still_resolve_by_their_whole_names() {
        // more namesakes than are compared one by one: a name printed again still finds its
        // speaker, and an initials label is no longer matched among them (a new speaker)
        let names: Vec<String> = (0..20).map(|i| format!("Name{i} Lind")).collect();
        let mut labels: Vec<Option<&str>> = names.iter().map(|n| Some(n.as_str())).collect();
        labels.push(Some("Name7 Lind"));
        labels.push(Some("N. Lind"));
        let s = resolve(&labels, &[]);
        assert_eq!(s.of_turn[20], Some(7));
        assert_eq!(s.of_turn[21], Some(20));
        assert_eq!(s.speakers.len(), 21);
    }

    #[test]
    fn a_full_name_after_its_initials_is_the_same_speaker_and_names_them() {
        let s = resolve(
            &[
                Some("Deputy Commander D. Lind"),
                Some("Anna Keel"),
                Some("Dmitry Lind"),
            ],
            &[],
        );
        assert_eq!(s.of_turn, [Some(0), Some(1), Some(0)]);
        assert_eq!(s.speakers[0].name.as_deref(), Some("Dmitry Lind"));
        assert_eq!(s.speakers[0].role.as_deref(), Some("Deputy Commander"));
        // other first letters: another person
        let s = resolve(&[Some("D. Lind"), Some("Pavel Lind")], &[]);
        assert_eq!(s.of_turn, [Some(0), Some(1)]);
    }

    #[test]
    fn names_differing_only_in_spaces_and_periods_are_one_speaker() {
        // either order: the glued label after the spaced one, or before it
        for labels in [
            [Some("Minister of Mines Oleg Varin"), Some("OlegVarin")],
            [Some("OlegVarin"), Some("Minister of Mines Oleg Varin")],
        ] {
            let s = resolve(&labels, &[]);
            assert_eq!(s.speakers.len(), 1, "{labels:?}");
            assert_eq!(s.speakers[0].name.as_deref(), Some("Oleg Varin"));
            assert_eq!(s.of_turn, [Some(0), Some(0)]);
        }
        // two other people
        let s = resolve(&[Some("Ian McLean"), Some("Ian Mc")], &[]);
        assert_eq!(s.speakers.len(), 2);
        // initials stopped or spaced otherwise
        let s = resolve(
            &[
                Some("HON. RO F.Q. TUISAWAU"),
                Some("HON. RO. F.Q. TUISAWAU."),
            ],
            &[],
        );
        assert_eq!(s.speakers.len(), 1);
        let s = resolve(&[Some("HON. B.C PRASAD"), Some("HON. B.C. PRASAD")], &[]);
        assert_eq!(s.speakers.len(), 1);
    }

    #[test]
    fn mixed_case_prefixes_of_capital_surnames() {
        assert_eq!(case_words("McCAIN", false), "McCain");
        assert_eq!(case_words("DeMINT", false), "DeMint");
        assert_eq!(case_words("McDonald", false), "McDonald");
        assert_eq!(case_words("USA", false), "USA");
    }

    #[test]
    fn an_initials_label_keeps_the_further_words_of_its_name() {
        // a foreign name of several words after the initial, with no pop-up text
        assert_eq!(
            parsed("Х.Бен Карим Аль Навар (как переведено)", &[]),
            pair(Some("Х.Бен Карим Аль Навар"), None)
        );
        // pop-up text repeating the surname: its name words are not printed twice
        assert_eq!(
            parsed("С.Линд Линд Сергей Петрович мэр Порта", &[]),
            pair(Some("С.Линд"), Some("Мэр Порта"))
        );
    }

    #[test]
    fn a_role_word_with_a_capital_inside_keeps_its_casing() {
        assert_eq!(
            case_words("Minister for iKoro Affairs and ports", true),
            "Minister for iKoro Affairs and Ports"
        );
        assert_eq!(case_words("CEO of KamTEX", true), "CEO of KamTEX");
        // (a name's mixed-case prefix before capitals is still title-cased)
        assert_eq!(case_words("DeMINT", false), "DeMint");
    }

    #[test]
    fn role_without_a_role_word_split_by_the_roster() {
        assert_eq!(
            parsed(
                "HARBOUR MASTER ANNA LIND",
                &["HARBOUR MASTER ANNA LIND", "ANNA LIND"]
            ),
            (
                Some("Anna Lind".to_string()),
                Some("Harbour Master".to_string())
            )
        );
        assert_eq!(
            parsed("HARBOUR MASTER ANNA LIND", &["HARBOUR MASTER ANNA LIND"]),
            (Some("Harbour Master Anna Lind".to_string()), None)
        );
    }

    #[test]
    fn role_then_name_with_roster() {
        assert_eq!(
            parsed(
                "DIRECTOR OF THE FEDERAL DRUGS CONTROL SERVICE VIKTOR IVANOV",
                &["VIKTOR IVANOV"]
            ),
            pair(
                Some("Viktor Ivanov"),
                Some("Director of the Federal Drugs Control Service")
            )
        );
        assert_eq!(
            parsed("PRESIDENT OF RUSSIA VLADIMIR PUTIN", &[]),
            pair(Some("Vladimir Putin"), Some("President of Russia"))
        );
        assert_eq!(
            parsed("Transport Minister Maxim Sokolov     Sokolov Maxim", &[]),
            pair(Some("Maxim Sokolov"), Some("Transport Minister"))
        );
        // a name of three words after `of` and a place: the pop-up text, surname first,
        // says how many words the name has
        assert_eq!(
            parsed(
                "President of the Republic of Tarvonia Ali Reza Kamani     Kamani Ali \
                 RezaPresident of Tarvonia (retranslated)",
                &[]
            ),
            pair(
                Some("Ali Reza Kamani"),
                Some("President of the Republic of Tarvonia")
            )
        );
        assert_eq!(
            popup_name_len("Head of Tarvo Ann Lee     Lee AnnHead", &["Ann", "Lee"]),
            Some(2)
        );
        assert_eq!(
            popup_name_len("Head of Tarvo Ann Lee     Lee Bo", &["Ann", "Lee"]),
            None
        );
    }

    #[test]
    fn name_comma_role_and_notes() {
        let roster: HashSet<String> = HashSet::new();
        let p = parse_label("RITA OKAFOR, HEALTH REPORTER (voice-over)", &roster);
        assert_eq!(
            (p.name.as_deref(), p.role.as_deref(), p.delivery.as_deref()),
            (
                Some("Rita Okafor"),
                Some("Health Reporter"),
                Some("voice-over")
            )
        );
        let p = parse_label("SEN. LIAM O'ROURKE-BATES (I-VT), CANDIDATE", &roster);
        assert_eq!(p.name.as_deref(), Some("Liam O'Rourke-Bates"));
        assert_eq!(p.honorific.as_deref(), Some("Sen."));
        assert_eq!(p.affiliation.as_deref(), Some("I-VT"));
        let p = parse_label(
            "REAR ADM. NIKOLAI ZUEV, COMMANDER OF NAVAL SUPPLY & LOGISTICS",
            &roster,
        );
        assert_eq!(
            p.role.as_deref(),
            Some("Commander of Naval Supply & Logistics")
        );
        assert_eq!(p.honorific.as_deref(), Some("Rear Adm."));
        let p = parse_label("KATHRYN O'HARA, WNC ANCHOR", &roster);
        assert_eq!(p.role.as_deref(), Some("WNC Anchor"));
        // notes of what the speaker does are delivery notes, not affiliations or roles
        for (label, note, role) in [
            (
                "Anna Lind (turning to the mayor)",
                "turning to the mayor",
                None,
            ),
            ("И.Петров (показывая на карту)", "показывая на карту", None),
            (
                "Guest (Hands the President a book.)",
                "Hands the President a book.",
                Some("Guest"),
            ),
        ] {
            let p = parse_label(label, &roster);
            assert_eq!(
                (p.delivery.as_deref(), p.affiliation.as_deref()),
                (Some(note), None),
                "{label}"
            );
            assert_eq!(p.role.as_deref(), role, "{label}");
        }
        let p = parse_label("Marta Kos (Republic of Veleria)", &roster);
        assert_eq!(p.affiliation.as_deref(), Some("Republic of Veleria"));
        // occupations, party tags and companies are no delivery notes
        for label in [
            "Anna Lind (farmer)",
            "Anna Lind (independent)",
            "Anna Lind (Harbor Partners Inc.)",
        ] {
            assert_eq!(parse_label(label, &roster).delivery, None, "{label}");
        }
    }

    #[test]
    fn role_then_holder_in_brackets() {
        // the UK Hansard style: the role, then its holder's honorific and name in brackets
        let p = parse_label(
            "The Minister of State for Waterways (Mr Marten Oskar)",
            &HashSet::new(),
        );
        assert_eq!(p.name.as_deref(), Some("Marten Oskar"));
        assert_eq!(p.honorific.as_deref(), Some("Mr"));
        assert_eq!(
            p.role.as_deref(),
            Some("The Minister of State for Waterways")
        );
        // a constituency in brackets is no holder
        assert_eq!(
            parsed("Ms Edda Varkonyi (Lorvan Quay) (Ind)", &[]),
            pair(Some("Edda Varkonyi"), None)
        );
        assert_eq!(honorific_then_name("Mrs Helen Whitmore"), Some(1));
        assert_eq!(honorific_then_name("Lorvan Quay"), None);
        assert_eq!(honorific_then_name("Mr"), None);
    }

    #[test]
    fn role_phrases_groups_and_roles_on_both_sides_of_a_comma() {
        assert_eq!(
            parsed("HON. LEADER OF THE GOVERNMENT IN PARLIAMENT", &[]),
            pair(None, Some("Hon. Leader of the Government in Parliament"))
        );
        assert_eq!(
            parsed("ACTING CLERK AT THE TABLE", &[]),
            pair(None, Some("Acting Clerk at the Table"))
        );
        // double-barrelled surnames opened by a role word are names
        assert_eq!(
            parsed("MS. JUDGE-SMITH", &[]),
            pair(Some("Judge-Smith"), None)
        );
        assert_eq!(
            parsed("Mary King-Hall", &[]),
            pair(Some("Mary King-Hall"), None)
        );
        // a compound role word after the comma (`Commander-in-Chief`)
        assert_eq!(
            parsed(
                "President of Veleria, Supreme Commander-in-Chief of Veleria Ivo Rask",
                &[]
            ),
            pair(
                Some("Ivo Rask"),
                Some("President of Veleria, Supreme Commander-in-Chief of Veleria")
            )
        );
        assert_eq!(
            parsed("HON. OPPOSITION MEMBERS", &[]),
            pair(None, Some("Hon. Opposition Members"))
        );
        assert_eq!(
            parsed("Panel moderator, TV host Ann Lee", &[]),
            pair(Some("Ann Lee"), Some("Panel Moderator, TV Host"))
        );
        // a regnal number stays in capitals; a child is a role
        assert_eq!(
            parsed("Ruling Prince of Veleria Albert II", &[]),
            pair(Some("Albert II"), Some("Ruling Prince of Veleria"))
        );
        assert_eq!(parsed("CHILD", &[]), pair(None, Some("Child")));
        // a particle opens the name, not a phrase of the role
        assert_eq!(
            parsed("PRESIDENT VON DER LINDEN", &[]),
            pair(Some("Von der Linden"), Some("President"))
        );
    }

    #[test]
    fn enumerated_roles_and_organisation_nouns_stay_in_the_role() {
        assert_eq!(
            parsed("Ports, Canals and Fisheries Minister Anna Lind", &[]),
            pair(
                Some("Anna Lind"),
                Some("Ports, Canals and Fisheries Minister")
            )
        );
        assert_eq!(
            parsed(
                "Secretary of the Harbour Party General Council Ivo Rask",
                &[]
            ),
            pair(
                Some("Ivo Rask"),
                Some("Secretary of the Harbour Party General Council")
            )
        );
        // a name before the comma is still a name
        assert_eq!(
            parsed("Anna Lind, Fisheries Minister", &[]),
            pair(Some("Anna Lind"), Some("Fisheries Minister"))
        );
    }

    #[test]
    fn role_only_labels() {
        assert_eq!(parsed("THE CHAIR", &[]), pair(None, Some("The Chair")));
        assert_eq!(
            parsed("The PRESIDING OFFICER", &[]),
            pair(None, Some("The Presiding Officer"))
        );
        // a role printed in mixed case keeps its acronyms
        assert_eq!(
            parsed("Chairman of the ORBIT Board Lena Varga", &[]),
            pair(Some("Lena Varga"), Some("Chairman of the ORBIT Board"))
        );
        assert_eq!(parsed("WITNESS 2", &[]), pair(None, Some("Witness 2")));
        assert_eq!(parsed("Q", &[]), pair(None, Some("Question")));
        assert_eq!(parsed("A", &[]), pair(None, Some("Answer")));
        assert_eq!(
            parsed("SENIOR ADMINISTRATION OFFICIAL", &[]),
            pair(None, Some("Senior Administration Official"))
        );
        assert_eq!(
            parsed("MADAM DEPUTY SPEAKER", &[]),
            pair(None, Some("Madam Deputy Speaker"))
        );
        assert_eq!(
            parsed("The PRESIDING OFFICER", &[]),
            pair(None, Some("The Presiding Officer"))
        );
        assert_eq!(
            parsed("Question (retranslated)", &[]),
            pair(None, Some("Question"))
        );
        assert_eq!(
            parsed("Mr ACTING SPEAKER", &[]),
            pair(None, Some("Mr Acting Speaker"))
        );
        assert_eq!(
            parsed("UNIDENTIFIED MALE", &[]),
            pair(None, Some("Unidentified Male"))
        );
    }

    #[test]
    fn honorifics_and_names() {
        let p = parse_label("MS. PSAKI", &HashSet::new());
        assert_eq!(
            (p.name.as_deref(), p.honorific.as_deref()),
            (Some("Psaki"), Some("Ms."))
        );
        assert_eq!(
            parsed("Mr. CARDOZA of California", &[]),
            pair(Some("Cardoza"), None)
        );
        // a surname that is also a role word, before the state
        assert_eq!(parsed("Mr. KING of Utopia", &[]), pair(Some("King"), None));
        assert_eq!(parsed("HON. V. PILLAY", &[]), pair(Some("V. Pillay"), None));
        assert_eq!(
            parsed("PRESIDENT TRUMP", &[]),
            pair(Some("Trump"), Some("President"))
        );
        assert_eq!(
            parsed("MINISTER OF TRADE SELİN KORAY", &[]),
            pair(Some("Selin Koray"), Some("Minister of Trade"))
        );
        assert_eq!(parsed("А.СОКОЛОВ", &[]), pair(Some("А.Соколов"), None));
        // Fijian chiefly titles before initials are honorifics; `Ro` before a name is a name
        for (label, name, honorific) in [
            ("HON. RO T. K. NAVITI", "T. K. Naviti", "Hon. Ro"),
            ("HON. ADI M.VALAKI", "M.Valaki", "Hon. Adi"),
            ("REP. RO DANSBY", "Ro Dansby", "Rep."),
        ] {
            let p = parse_label(label, &HashSet::new());
            assert_eq!(
                (p.name.as_deref(), p.honorific.as_deref()),
                (Some(name), Some(honorific)),
                "{label}"
            );
        }
        assert_eq!(
            parsed("С.Собянин Собянин Сергей Семёнович мэр Москвы", &[]),
            pair(Some("С.Собянин"), Some("Мэр Москвы"))
        );
    }

    #[test]
    fn aliases_merge_and_ambiguity_stays_apart() {
        let labels = [
            Some("PRESIDENT OF THE REPUBLIC ELENA MARKOVA"),
            Some("MINISTER OF FINANCE PAVEL MARKOV"),
            Some("GOVERNOR OF THE CENTRAL BANK IRINA MARKOVA"),
            Some("ELENA MARKOVA"),
            Some("MARKOVA"),
            Some("MARKOV"),
        ];
        let s = resolve(&labels, &[]);
        assert_eq!(s.speakers.len(), 4);
        assert_eq!(
            s.of_turn,
            vec![Some(0), Some(1), Some(2), Some(0), Some(3), Some(1)]
        );
        assert_eq!(s.speakers[3].name.as_deref(), Some("Markova"));
        assert_eq!(s.ambiguous, vec!["MARKOVA".to_string()]);
    }

    #[test]
    fn misprinted_labels_join_their_speaker_and_change_nothing() {
        let labels = [
            Some("Chair of the Board Dmitri Volkonsky"),
            Some("AMBASSADOR TRELAWNEY"),
            Some("Dmitry Volkonsky"),
            Some("AMBASADOR TRELAWNEY"),
            Some("AMBASADOR TRELAWNEY"),
            Some("DmitryVolkonsky"),
            // one letter apart but too short to call a misprint, or two edits apart
            Some("Anna Petrova"),
            Some("Anya Petrova"),
            Some("Oksana Belova"),
            Some("Oxsanna Belova"),
            // another name, not a misprint: a vowel added at the end, one vowel for another
            Some("Daniel Brand"),
            Some("Daniela Brand"),
            Some("Marion Holt"),
            Some("Marian Holt"),
            // the surname differing is another person
            Some("Dmitri Volkonskaya"),
        ];
        let s = resolve(&labels, &[]);
        assert_eq!(
            s.of_turn,
            [0, 1, 0, 1, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10]
                .map(Some)
                .to_vec()
        );
        assert_eq!(s.speakers[0].name.as_deref(), Some("Dmitri Volkonsky"));
        assert_eq!(s.speakers[0].role.as_deref(), Some("Chair of the Board"));
        assert_eq!(s.speakers[1].name.as_deref(), Some("Trelawney"));
        assert_eq!(s.speakers[1].role.as_deref(), Some("Ambassador"));
        assert_eq!(
            s.speakers[1].labels,
            vec!["AMBASSADOR TRELAWNEY", "AMBASADOR TRELAWNEY"]
        );
    }

    #[test]
    fn initials_pick_the_right_namesake() {
        let labels = [
            Some("KATHRYN O'HARA, WNC ANCHOR"),
            Some("PETER O'HARA, WNC CORRESPONDENT"),
            Some("K. O’HARA"),
            Some("P. O'HARA"),
        ];
        let s = resolve(&labels, &[]);
        assert_eq!(s.of_turn, vec![Some(0), Some(1), Some(0), Some(1)]);
        let labels = [
            Some("Gleb Sorokin, Director-General Channel Nine"),
            Some("GS"),
        ];
        assert_eq!(resolve(&labels, &[]).of_turn, vec![Some(0), Some(0)]);
    }
}
