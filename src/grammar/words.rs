//! Word lists and character tests shared by the grammars: honorifics, role words, small words,
//! acronyms, chrome words. English and Russian first, with the few other languages the corpus
//! shows (Italian, French).

/// Lowercase `s` the way names need: Turkish dotted capital `İ` becomes a plain `i` (no U+0307
/// left behind), everything else by Unicode rules.
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // byte by byte: ASCII, Cyrillic and general punctuation without table look-ups, the rest
    // through `push_lower`
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len() + 4);
    let mut i = 0;
    while i < b.len() {
        // a run of ASCII at once
        let run = b[i..]
            .iter()
            .position(|&c| c >= 0x80)
            .unwrap_or(b.len() - i);
        if run > 0 {
            out.extend(b[i..i + run].iter().map(u8::to_ascii_lowercase));
            i += run;
            continue;
        }
        let c = b[i];
        if i + 1 < b.len() {
            let d = b[i + 1];
            match (c, d) {
                // `Ѐ`..`Џ` (U+0400..U+040F) -> U+0450..U+045F
                (0xD0, 0x80..=0x8F) => out.extend_from_slice(&[0xD1, d + 0x10]),
                // `А`..`П` -> `а`..`п`
                (0xD0, 0x90..=0x9F) => out.extend_from_slice(&[0xD0, d + 0x20]),
                // `Р`..`Я` -> `р`..`я`
                (0xD0, 0xA0..=0xAF) => out.extend_from_slice(&[0xD1, d - 0x20]),
                // `а`..`п`, `р`..`я`, `ѐ`..`џ`: already lower case
                (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => out.extend_from_slice(&[c, d]),
                // U+2000..U+203F, general punctuation (`’`, `—`, `…`): no case
                (0xE2, 0x80) if i + 2 < b.len() => {
                    out.extend_from_slice(&b[i..i + 3]);
                    i += 3;
                    continue;
                }
                _ => {
                    let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
                    let mut tmp = String::new();
                    push_lower(&mut tmp, ch);
                    out.extend_from_slice(tmp.as_bytes());
                    i += ch.len_utf8();
                    continue;
                }
            }
            i += 2;
            continue;
        }
        // a last lone byte cannot happen in valid UTF-8 (a lead byte needs its continuation)
        out.push(c);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| {
        s.chars().fold(String::new(), |mut o, c| {
            push_lower(&mut o, c);
            o
        })
    })
}

/// Push `c` lowercased as [`lower`] does it, with fast paths for ASCII and Cyrillic (the same
/// results as the Unicode tables, checked in the tests).
#[inline]
fn push_lower(out: &mut String, c: char) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\0'..='\x7f' | 'а'..='я' | 'ѐ'..='џ' => out.push(c),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'Ѐ'..='Џ' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        'İ' => out.push('i'),
        _ => out.extend(c.to_lowercase()),
    }
}

/// `f(&lower(s))`, with `s` lower-cased on the stack when it is a short ASCII or Russian word
/// (word-list checks ask this of every word of many lines: no string is allocated).
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    f(&lower_in(s, &mut buf))
}

/// [`lower`]`(s)`, made in `buf` when `s` is ASCII or Russian Cyrillic and fits (a line's
/// start, a word) rather than in a new string.
pub(crate) fn lower_in<'b>(s: &str, buf: &'b mut [u8]) -> std::borrow::Cow<'b, str> {
    use std::borrow::Cow;
    let Some(out) = buf.get_mut(..s.len()) else {
        return Cow::Owned(lower(s));
    };
    let b = s.as_bytes();
    if s.is_ascii() {
        out.copy_from_slice(b);
        out.make_ascii_lowercase();
    } else {
        // the two-byte Cyrillic mappings of `lower`, which keep the length; anything else
        // goes through `lower`
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                out[i] = c.to_ascii_lowercase();
                i += 1;
                continue;
            }
            let Some(&d) = b.get(i + 1) else {
                return Cow::Owned(lower(s));
            };
            // U+2000..U+203F, general punctuation (`’`, `—`, `…`), and U+0080..U+00BF (NBSP,
            // `«`, `»`): no case, as `lower` keeps them
            if c == 0xE2 && d == 0x80 && i + 2 < b.len() {
                out[i..i + 3].copy_from_slice(&b[i..i + 3]);
                i += 3;
                continue;
            }
            let pair = match (c, d) {
                (0xC2, _) => [c, d],
                (0xD0, 0x80..=0x8F) => [0xD1, d + 0x10],
                (0xD0, 0x90..=0x9F) => [0xD0, d + 0x20],
                (0xD0, 0xA0..=0xAF) => [0xD1, d - 0x20],
                (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => [c, d],
                _ => return Cow::Owned(lower(s)),
            };
            out[i..i + 2].copy_from_slice(&pair);
            i += 2;
        }
    }
    match std::str::from_utf8(out) {
        Ok(l) => Cow::Borrowed(l),
        Err(_) => Cow::Owned(lower(s)),
    }
}

/// The first `max` bytes of `s`, cut at a character boundary.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The start of [`lower`]`(s)`, at least `min` bytes of it when `s` is that long, for the
/// callers that only ask what the lower-cased line starts with: `lower` maps character by
/// character and never shrinks text below a third, so lowering the first `3 * min` bytes gives
/// the same start without copying a long line.
pub(crate) fn lower_start(s: &str, min: usize) -> String {
    lower(prefix(s, 3 * min))
}

/// Whether `w`, as printed, is a lower-case particle of a person's name (`van` in `Anna van
/// Dijk`, `de`, `von`, `bin`).
pub(crate) fn is_name_particle(w: &str) -> bool {
    is_small_particle(w) || matches!(w, "dos" | "das" | "ter" | "ten" | "al" | "el")
}

/// The name particles that are also [`is_small_word`]s.
fn is_small_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "du"
            | "des"
            | "la"
            | "le"
            | "von"
            | "van"
            | "der"
            | "den"
            | "da"
            | "di"
            | "del"
            | "bin"
            | "ibn"
    )
}

/// Whether `t` is a person's name as printed in a label: two to `max_words` words separated by
/// single spaces, each opening with a capital and made of letters, `-`, `'`, `’` and `.`
/// (`Ellen Marsh`, `Dame Jo Bell`, `Mr. O'Hara`).
pub(crate) fn is_capitalized_name(t: &str, max_words: usize) -> bool {
    (2..=max_words).contains(&t.split(' ').count())
        && t.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// A comparison key: lowercase, curly apostrophes straight, periods and spaces dropped around
/// initials (`K. O'Hara` and `K.O’HARA` give the same key), runs of space collapsed.
pub(crate) fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    key_into(s, &mut out);
    out
}

/// [`key`]`(s)` written into `out` (cleared first), for keys looked up many times with one
/// buffer.
pub(crate) fn key_into(s: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    if s.is_ascii() {
        // the same steps byte by byte (labels are mostly ASCII)
        for &b in s.as_bytes() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                space = !out.is_empty();
                continue;
            }
            if space && !out.ends_with('.') {
                out.push(' ');
            }
            space = false;
            out.push(char::from(if b == b'`' {
                b'\''
            } else {
                b.to_ascii_lowercase()
            }));
        }
        return;
    }
    for c in s.chars() {
        let c = match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            '‐' | '‑' | '–' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space && !out.ends_with('.') {
            out.push(' ');
        }
        space = false;
        push_lower(out, c);
    }
}

/// Words written in lower case inside a title-cased role or name (`of`, `the`, `and`, `de`).
pub(crate) fn is_small_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "of" | "the"
            | "and"
            | "for"
            | "on"
            | "in"
            | "at"
            | "to"
            | "a"
            | "an"
            | "by"
            | "with"
            | "y"
            | "et"
            | "und"
            | "pro"
            | "tempore"
            | "&"
            | "и"
            | "по"
            | "при"
            | "в"
            | "с"
            | "на"
            | "для"
    ) || is_small_particle(lower_word)
}

/// Honorifics and ranks that may stand before a name; compared in lower case with any final
/// period removed. Returns the number of words they take (`rear adm` takes two, `HON. RATU`
/// two).
pub(crate) fn honorific_words(words: &[&str]) -> usize {
    let mut taken = 0;
    while taken < words.len() {
        let n = one_honorific(&words[taken..]);
        if n == 0 {
            break;
        }
        taken += n;
    }
    taken
}

fn one_honorific(words: &[&str]) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    let mut buf = [0u8; 32];
    let first = lower_in(first.trim_end_matches(['.', ':']), &mut buf);
    if matches!(&*first, "rear" | "vice" | "lt")
        && let Some(second) = words.get(1)
    {
        let mut buf = [0u8; 32];
        let second = lower_in(second.trim_end_matches('.'), &mut buf);
        if matches!(&*first, "rear" | "vice") && matches!(&*second, "adm" | "admiral") {
            return 2;
        }
        if first == "lt" && matches!(&*second, "gen" | "col" | "cmdr") {
            return 2;
        }
    }
    // Fijian chiefly titles other than `Ratu` before a name's initials (`Ro F. Q. Name`, `Adi
    // L.Name`); `Ro` alone is also a given name
    if matches!(&*first, "ro" | "adi" | "roko")
        && words.get(1).is_some_and(|w| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.next() == Some('.')
        })
    {
        return 1;
    }
    let one = matches!(
        &*first,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "dr"
            | "sen"
            | "rep"
            | "hon"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "ratu"
            | "rev"
            | "prof"
            | "mme"
            | "mlle"
            | "gen"
            | "adm"
            | "col"
            | "capt"
            | "lt"
            | "maj"
            | "sgt"
            | "cmdr"
            | "amb"
            | "gov"
            | "honourable"
            | "honorable"
    );
    usize::from(one)
}

/// Whether a lower-cased word is a sentence's rather than a role's: a pronoun, a relative or
/// linking word, an auxiliary or common verb, or (in English) a past form in `-ed` (a role's
/// compounds are hyphenated: `medium-sized`).
pub(crate) fn sentence_word(l: &str) -> bool {
    matches!(
        l,
        "i" | "he"
            | "she"
            | "it"
            | "we"
            | "you"
            | "they"
            | "his"
            | "her"
            | "its"
            | "our"
            | "their"
            | "him"
            | "them"
            | "who"
            | "which"
            | "that"
            | "whom"
            | "whose"
            | "when"
            | "where"
            | "because"
            | "do"
            | "does"
            | "did"
            | "gave"
            | "gives"
            | "came"
            | "went"
            | "met"
            | "spoke"
            | "thanks"
    ) || is_auxiliary(l)
        || super::label::is_reporting_verb(l)
        || l.is_ascii() && l.len() >= 5 && l.ends_with("ed") && !l.contains('-')
}

/// Whether a word is a role word: a job title or a role a transcript labels (`President`,
/// `Minister`, `Moderator`, `Question`, `Вопрос`). Compared in lower case.
pub(crate) fn is_role_word(lower_word: &str) -> bool {
    let w = lower_word.trim_end_matches('.');
    // a role with a rank prefix: `vice-rector`, `co-founder`, `pro-rector`, `deputy-governor`
    if let Some((prefix, role)) = w.split_once('-')
        && matches!(prefix, "vice" | "co" | "pro" | "deputy" | "ex")
        && is_role_word(role)
    {
        return true;
    }
    // a compound opened by a role word: `commander-in-chief`, `president-elect` (not a
    // double-barrelled surname: `King-Hall`, `Judge-Smith`)
    if let Some((head, tail)) = w.split_once('-')
        && !head.is_empty()
        && (matches!(tail, "elect" | "designate" | "general" | "at-large")
            || tail.starts_with("in-")
            || tail.starts_with("of-"))
        && is_role_word(head)
    {
        return true;
    }
    matches!(
        w,
        "president"
            | "vice-president"
            | "minister"
            | "director"
            | "director-general"
            | "governor"
            | "governor-general"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chairperson"
            | "co-chairperson"
            | "co-chair"
            | "co-chairman"
            | "secretary"
            | "secretary-general"
            | "head"
            | "deputy"
            | "acting"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "ambassador"
            | "senator"
            | "mayor"
            | "councillor"
            | "councilor"
            | "commander"
            | "commissioner"
            | "chief"
            | "executive"
            | "justice"
            | "judge"
            | "speaker"
            | "premier"
            | "chancellor"
            | "ceo"
            | "moderator"
            | "anchor"
            | "co-anchor"
            | "correspondent"
            | "reporter"
            | "host"
            | "co-host"
            | "presenter"
            | "officer"
            | "official"
            | "general"
            | "admiral"
            // military ranks (`Senior Sergeant`, `Lieutenant Colonel`), not `Major` or
            // `Captain`, which are surnames too
            | "colonel"
            | "lieutenant"
            | "sergeant"
            | "corporal"
            | "marshal"
            | "leader"
            | "representative"
            | "king"
            | "queen"
            | "prince"
            | "emperor"
            | "witness"
            | "interpreter"
            | "translator"
            | "clerk"
            | "clerk-assistant"
            | "attorney"
            | "counsel"
            | "administrator"
            | "adviser"
            | "advisor"
            | "aide"
            | "assistant"
            | "manager"
            | "founder"
            | "editor"
            | "editor-in-chief"
            | "journalist"
            | "producer"
            | "professor"
            | "rector"
            | "inspector"
            | "narrator"
            | "announcer"
            | "audience"
            | "participant"
            | "operator"
            | "unidentified"
            | "unknown"
            | "question"
            | "questioner"
            | "remark"
            | "answer"
            | "reply"
            | "response"
            | "member"
            | "delegate"
            | "envoy"
            | "coordinator"
            | "officials"
            | "staff"
            | "voice"
            | "male"
            | "female"
            | "man"
            | "woman"
            | "students"
            | "student"
            | "child"
            | "children"
            | "presidente"
            | "président"
            | "présidente"
            | "präsident"
            | "ministro"
            | "ministre"
            | "президент"
            | "председатель"
            | "министр"
            | "губернатор"
            | "мэр"
            | "глава"
            | "руководитель"
            | "начальник"
            | "директор"
            | "помощник"
            | "пресс-секретарь"
            | "заместитель"
            | "ведущий"
            | "ведущая"
            | "вопрос"
            | "реплика"
            | "ответ"
            | "корреспондент"
            | "журналист"
    )
}

/// Labels that name a role and never a person: `Q`, `Question`, `Remark`, `Вопрос`,
/// `Moderator`, `Interpreter` (compared in lower case).
pub(crate) fn is_role_label(lower_label: &str) -> bool {
    matches!(
        lower_label,
        "q" | "question"
            | "questions"
            | "questioner"
            | "answer"
            | "a"
            | "remark"
            | "audience remark"
            | "reply"
            | "response"
            | "comment"
            | "moderator"
            | "interpreter"
            | "translator"
            | "narrator"
            | "announcer"
            | "host"
            | "operator"
            | "analyst"
            // a chamber's group interjections (Westminster-style Hansards)
            | "some hon. members"
            | "some hon members"
            | "several hon. members"
            | "several hon members"
            | "hon. members"
            | "hon members"
            | "an hon. member"
            | "an hon member"
            | "some honourable members"
            | "an honourable member"
            | "the president"
            | "the chair"
            | "the chairman"
            | "the speaker"
            | "the clerk"
            | "the presiding officer"
            | "вопрос"
            | "реплика"
            | "ответ"
            | "ведущий"
            | "ведущая"
            | "presidente"
            // an interview's sides
            | "guest"
            | "interviewer"
            | "interviewee"
            // question and answer in German, Spanish, French and Italian
            | "frage"
            | "antwort"
            | "pregunta"
            | "respuesta"
            | "réponse"
            | "domanda"
            | "risposta"
    )
}

/// Acronyms kept in capitals when a label is title-cased.
pub(crate) fn is_acronym(upper_word: &str) -> bool {
    let w = upper_word.trim_end_matches(['.', ',']);
    if w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_alphabetic()) {
        return true; // G8, G20
    }
    // the regnal numbers of names (`ALBERT II`)
    if matches!(w, "II" | "III" | "IV" | "VII" | "VIII") {
        return true;
    }
    if matches!(
        w,
        "CEO"
            | "UN"
            | "FSB"
            | "EU"
            | "US"
            | "USA"
            | "UK"
            | "NATO"
            | "ONF"
            | "OSCE"
            | "WTO"
            | "IMF"
            | "WHO"
            | "BBC"
            | "CNN"
            | "NBC"
            | "CBS"
            | "ABC"
            | "TV"
            | "PM"
            | "MP"
            | "FBI"
            | "CIA"
            | "NSA"
            | "KGB"
            | "MFA"
            | "OPEC"
            | "BRICS"
            | "SCO"
            | "CIS"
            | "CSTO"
            | "EAEU"
            | "NASA"
            | "IAEA"
            | "ASEAN"
            | "APEC"
            | "AFL-CIO"
            | "JSC"
            | "PJSC"
            | "LLC"
            | "RT"
            | "TASS"
            | "VGTRK"
            | "RIA"
            | "ITAR-TASS"
            | "AI"
            | "NGO"
            | "HHS"
            | "DOJ"
            | "DHS"
            | "USAID"
            | "ФСБ"
            | "МВД"
            | "МИД"
            | "РФ"
            | "США"
            | "ООН"
            | "СВО"
            | "ОНФ"
    ) {
        return true;
    }
    // Short words without a vowel are read as acronyms: WNC, FSB, NBC; not the honorifics.
    if matches!(
        w,
        "MR" | "MRS"
            | "MS"
            | "DR"
            | "JR"
            | "SR"
            | "JNR"
            | "SNR"
            | "ST"
            | "LT"
            | "MLLE"
            | "SGT"
            | "CMDR"
            | "HRH"
    ) {
        return false;
    }
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=5).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && !letters.iter().any(|c| {
            matches!(
                c,
                'A' | 'E'
                    | 'I'
                    | 'O'
                    | 'U'
                    | 'Y'
                    | 'А'
                    | 'Е'
                    | 'Ё'
                    | 'И'
                    | 'О'
                    | 'У'
                    | 'Ы'
                    | 'Э'
                    | 'Ю'
                    | 'Я'
            )
        })
        && !w.contains('\'')
}

/// Words that make an all-caps line page chrome rather than a speaker label when the label is
/// made only of them and small words (`TRANSCRIPT CONTINUES BELOW`, `RELATED`, `END OF TRANSCRIPT`).
pub(crate) fn is_chrome_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "transcript"
            | "transcripts"
            | "continues"
            | "continued"
            | "below"
            | "above"
            | "related"
            | "end"
            | "full"
            | "read"
            | "more"
            | "advertisement"
            | "sponsored"
            | "share"
            | "print"
            | "subscribe"
            | "menu"
            | "search"
            | "login"
            | "download"
            | "contents"
            | "index"
            | "appearances"
            | "proceedings"
            | "page"
            | "photo"
            | "photos"
            | "video"
            | "videos"
            | "watch"
            | "listen"
            | "update"
            | "updated"
            | "breaking"
            | "live"
            | "news"
            | "see"
            | "also"
            | "topics"
            | "tags"
            | "note"
            | "editor's"
            | "editor’s"
            | "copyright"
            | "source"
            | "sources"
            | "links"
            | "comments"
            | "reply"
            | "posted"
            | "filed"
            | "under"
            | "category"
            | "categories"
            | "date"
            | "time"
            | "location"
            | "subject"
            | "email"
            | "e-mail"
            | "name"
            | "message"
            | "text"
            | "size"
            | "version"
            | "summary"
            | "keywords"
            | "click"
            | "here"
            | "join"
            | "posts"
            | "thanks"
            | "likes"
            | "reputation"
            | "quote"
            | "смотрите"
            | "также"
            | "читайте"
            | "темы"
            | "лица"
            | "география"
    )
}

/// Whether `s` holds any letter, and all its letters are upper case.
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_uppercase() {
                any = true;
            }
        }
    }
    any
}

/// Whether the first letter of `s` is upper case.
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Whether `s` ends a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes or
/// brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '*', ' ']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether `s` stops in the middle of a sentence: it ends with a comma, a hyphenated word
/// break (`sys-`), or a function word that cannot end a sentence (`... approved by the`,
/// `... will be held on`, `... of our`).
pub(crate) fn ends_mid_sentence(s: &str) -> bool {
    let t = s.trim_end();
    if t.ends_with(',') {
        return true;
    }
    let last = t.rsplit(' ').next().unwrap_or("");
    if last.len() > 2 && last.ends_with('-') && last.starts_with(char::is_lowercase) {
        return true;
    }
    ends_on_function_word(t)
}

/// Whether `s` stops on a title abbreviated with a period that only ever comes before a name
/// (`... before I turn to Dr.`, `... and Mrs.`): a line hard-wrapped inside a sentence, though
/// it ends with a period. (`St.` and `No.` are no honorifics: `Main St.` ends a sentence.)
pub(crate) fn ends_on_title_abbreviation(s: &str) -> bool {
    let last = s.trim_end().rsplit(' ').next().unwrap_or("");
    // (in brackets too: `the gentleman from Ohio (Mr.` / `Lind) for yielding`)
    let Some(word) = last
        .trim_start_matches(['(', '[', '"', '“'])
        .strip_suffix('.')
    else {
        return false;
    };
    // an honorific ([`honorific_words`]) that is no word of its own, which a sentence may
    // end with (`Thank you, sir.`)
    word.len() <= 6
        && honorific_words(&[word]) == 1
        && !with_lower(word, |w| {
            matches!(w, "sir" | "miss" | "dame" | "lord" | "lady")
        })
}

/// Whether `s` stops on a lower-case function word (`... as the`, `... millions of`): the last
/// case of [`ends_mid_sentence`], without the comma and the word break.
pub(crate) fn ends_on_function_word(s: &str) -> bool {
    let last = s.trim_end().rsplit(' ').next().unwrap_or("");
    last.starts_with(char::is_lowercase) && is_function_word(last)
}

/// Words that cannot end a sentence: articles, prepositions, conjunctions, possessives and
/// auxiliaries, in English and Russian.
pub(crate) fn is_function_word(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "by"
            | "for"
            | "with"
            | "from"
            | "in"
            | "on"
            | "at"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "that"
            | "than"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "has"
            | "have"
            | "had"
            | "our"
            | "their"
            | "his"
            | "her"
            | "its"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "about"
            | "into"
            | "over"
            | "under"
            | "between"
            | "through"
            | "during"
            | "including"
            | "such"
            | "if"
            | "when"
            | "where"
            | "which"
            | "who"
            | "whose"
            | "every"
            | "each"
            | "both"
            | "very"
            | "в"
            | "во"
            | "на"
            | "с"
            | "со"
            | "к"
            | "по"
            | "о"
            | "об"
            | "от"
            | "до"
            | "из"
            | "у"
            | "за"
            | "для"
            | "и"
            | "а"
            | "но"
            | "или"
            | "что"
    )
}

/// Number of words (runs of non-space characters) in `s`.
pub(crate) fn word_count(s: &str) -> usize {
    // the runs of bytes other than `' '` (what `split(' ')` yields, empty pieces left out)
    let mut n = 0;
    word_starts(s.as_bytes(), true, &mut n);
    n
}

/// [`word_count`] capped at `cap + 1`: `word_count_capped(s, n) <= n` (or `<`, `>`, `>=`)
/// says what `word_count(s)` compared with `n` says, and a long line is not counted through.
pub(crate) fn word_count_capped(s: &str, cap: usize) -> usize {
    let mut n = 0;
    let mut in_space = true;
    for chunk in s.as_bytes().chunks(32) {
        in_space = word_starts(chunk, in_space, &mut n);
        if n > cap {
            return cap + 1;
        }
    }
    n
}

/// The high bit of each byte of `x` that is `byte` (the others clear), by the exact zero-byte
/// test of "Bit Twiddling Hacks" (S. E. Anderson, "Determine if a word has a zero byte") on `x`
/// XOR `byte` in every lane: exact for every byte, a carry never crossing into the next.
pub(crate) fn byte_marks(x: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let v = x ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    !(((v & LOW7) + LOW7) | v) & HIGH
}

/// Adds to `n` the words starting in `bytes` (a byte other than `' '` after a `' '`, or first
/// when `in_space`, i.e. when what came before ends with a space or nothing); returns whether
/// `bytes` ends in a space (or is empty and `in_space`). Eight bytes at a time, the spaces
/// found by [`byte_marks`].
fn word_starts(bytes: &[u8], mut in_space: bool, n: &mut usize) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        // the high bit of each byte that is `' '`
        let space = byte_marks(u64::from_le_bytes(w), b' ');
        // the high bit of each byte after a space (the first after the previous chunk's end)
        let after_space = (space << 8) | if in_space { 0x80 } else { 0 };
        *n += (after_space & !space & HIGH).count_ones() as usize;
        in_space = space >> 63 != 0;
    }
    for &b in chunks.remainder() {
        let space = b == b' ';
        *n += usize::from(in_space && !space);
        in_space = space;
    }
    in_space
}

static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));

/// Whether `s` holds two spaces in a row (`s.contains("  ")` without building a searcher).
pub(crate) fn has_double_space(s: &str) -> bool {
    find_double_space(s.as_bytes()).is_some()
}

/// Where the first two spaces in a row are in `b`.
pub(crate) fn find_double_space(b: &[u8]) -> Option<usize> {
    DOUBLE_SPACE.find(b)
}

/// Whether `t` opens with a greeting or thanks (`Good morning.`, `Thank you, Chair.`,
/// `Welcome to ...`, `Добрый день!`), compared in lower case: speech, not a report of it.
pub(crate) fn opens_with_greeting(t: &str) -> bool {
    const GREETINGS: &[&str] = &[
        "good morning",
        "good afternoon",
        "good evening",
        "thank you",
        "thanks,",
        "thanks so much",
        "hello",
        "welcome",
        "ladies and gentlemen",
        "доброе утро",
        "добрый день",
        "добрый вечер",
        "здравствуйте",
        "спасибо",
        "уважаемые",
    ];
    let head = lower_start(t, 24);
    GREETINGS.iter().any(|g| head.starts_with(g))
}

/// The auxiliary verbs, in lower case (`is`, `was`, `has`, `will`, `could`, `might`): a
/// sentence's words, never a name's or a role's.
pub(crate) fn is_auxiliary(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
    )
}

/// Words that mark a line as someone's speech: personal pronouns of the first and second
/// person and the auxiliaries (`we`, `you`, `was`, `will`, `мы`, `вам`), in lower case. A
/// heading or a note on what happened has none (`On the national vote`, `(Applause.)`).
pub(crate) fn is_speaker_word(lower_word: &str) -> bool {
    is_auxiliary(lower_word)
        || matches!(
            lower_word,
            "i" | "i'm"
                | "i’m"
                | "me"
                | "my"
                | "we"
                | "us"
                | "our"
                | "you"
                | "your"
                | "let's"
                | "let’s"
                | "я"
                | "мы"
                | "вы"
                | "меня"
                | "мне"
                | "нас"
                | "нам"
                | "вас"
                | "вам"
                | "мой"
                | "наш"
                | "ваш"
                | "ты"
                | "тебя"
                | "тебе"
                | "твой"
        )
}

/// Test inputs: strings made of up to `max` of `pieces`, each followed by `sep` (for the
/// property tests of the byte-level scans here and in other modules).
#[cfg(test)]
pub(crate) fn joined_pieces(
    pieces: &'static [&'static str],
    max: usize,
    sep: &'static str,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    proptest::collection::vec(proptest::sample::select(pieces), 0..max)
        .prop_map(move |ps| ps.iter().flat_map(|p| [*p, sep]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_counts() {
        for (s, n) in [
            ("", 0),
            (" ", 0),
            ("a", 1),
            (" a  b ", 2),
            ("Putin:\u{a0}Mr Ivanov.", 2),
            ("a\tb c", 2),
        ] {
            assert_eq!(word_count(s), n, "{s:?}");
            assert_eq!(word_count_capped(s, 10), n, "{s:?}");
        }
        // across the 32-byte chunks of the capped count
        let long = "word ".repeat(40) + " " + &"x".repeat(70) + " end";
        assert_eq!(word_count(&long), 42);
        assert_eq!(word_count_capped(&long, 100), 42);
        assert_eq!(word_count_capped(&long, 12), 13);
        let spaced = " ".repeat(63) + "a" + &" ".repeat(64) + "b";
        assert_eq!(word_count_capped(&spaced, 5), 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        // pieces whose bytes sit on both sides of `' '` (0x20) and of the high bit: the
        // eight-byte test must find exactly the spaces
        #[test]
        fn word_counts_agree_with_split_on_every_chunk_boundary(s in joined_pieces(
            &[" ", "a", "!", "\u{a0}", "\t", "é", "  ", "\u{2020}", "\0"], 90, "",
        )) {
            let expected = s.split(' ').filter(|w| !w.is_empty()).count();
            proptest::prop_assert_eq!(word_count(&s), expected);
            proptest::prop_assert_eq!(word_count_capped(&s, 200), expected);
            proptest::prop_assert_eq!(word_count_capped(&s, 3), expected.min(4));
        }
    }

    #[test]
    fn keys_of_ascii_and_other_labels() {
        assert_eq!(key("K. O'Hara"), key("K.O’HARA"));
        assert_eq!(key("  MR.  `SMITH`\tJR \u{b} "), "mr.'smith' jr");
        assert_eq!(key("Д. Песков"), "д.песков");
        assert_eq!(key("Jean\u{a0}Dupont"), "jean dupont");
    }

    #[test]
    fn lower_in_a_buffer_is_lower() {
        let mut buf = [0u8; 16];
        for s in [
            "",
            "ABC def",
            "12345678",
            "SELİN",
            "too long for this one",
            "ВОПРОС",
            "Ёлка Ѐ",
            "Путин:",
            "ÉTÉ",
            "«Да» — Нет",
            "Q\u{a0}’s…",
            "A\u{2028}B",
            "x\u{20ac}",
        ] {
            assert_eq!(lower_in(s, &mut buf), lower(s), "{s}");
            // (and through the stack buffer of `with_lower`, 48 bytes: a long line falls back)
            assert_eq!(with_lower(s, str::to_string), lower(s), "{s}");
        }
        let long = "A WORD ".repeat(10);
        assert_eq!(with_lower(&long, str::len), long.len());
        assert!(with_lower("Minister", is_role_word));
        // punctuation without case is copied into the buffer, not lowered into a new string
        assert!(matches!(
            lower_in("«Д» ‘O’", &mut buf),
            std::borrow::Cow::Borrowed("«д» ‘o’")
        ));
        assert!(matches!(
            lower_in("Mr X", &mut buf),
            std::borrow::Cow::Borrowed("mr x")
        ));
        // Russian Cyrillic is lowered in the buffer too
        assert!(matches!(
            lower_in("ВОПРОС", &mut buf),
            std::borrow::Cow::Borrowed("вопрос")
        ));
    }

    #[test]
    fn lower_fast_paths_match_unicode() {
        for c in (0..0x800).filter_map(char::from_u32) {
            let want: String = if c == 'İ' {
                "i".to_string()
            } else {
                c.to_lowercase().collect()
            };
            let mut got = String::new();
            push_lower(&mut got, c);
            assert_eq!(got, want, "{c:?}");
        }
    }

    #[test]
    fn lower_matches_char_by_char() {
        let all: String = (0..0x3000).filter_map(char::from_u32).collect();
        let want = all.chars().fold(String::new(), |mut o, c| {
            push_lower(&mut o, c);
            o
        });
        assert_eq!(lower(&all), want);
        for s in [
            "Привет, МИР — ‘Ёлка’ Ѐ İstanbul",
            "ДОБРЫЙ ДЕНЬ…",
            "Straße ΣΑΣ",
        ] {
            let want = s.chars().fold(String::new(), |mut o, c| {
                push_lower(&mut o, c);
                o
            });
            assert_eq!(lower(s), want);
        }
    }

    #[test]
    fn lower_handles_turkish_dotted_i() {
        assert_eq!(lower("SELİN"), "selin");
        assert_eq!(lower("ÉLODIE"), "élodie");
    }

    #[test]
    fn key_folds_apostrophes_and_initial_spacing() {
        assert_eq!(key("K. O’HARA"), key("k.o'hara"));
        assert_eq!(key("  Anna   Lee "), "anna lee");
    }

    #[test]
    fn title_abbreviations_end_no_sentence() {
        assert!(ends_on_title_abbreviation("before I turn to Dr. Lind, Dr."));
        assert!(ends_on_title_abbreviation("thanks to MRS."));
        assert!(ends_on_title_abbreviation("the gentleman from Ohio (Mr."));
        assert!(!ends_on_title_abbreviation("the office on Main St."));
        assert!(!ends_on_title_abbreviation("Thank you, Doctor."));
        assert!(!ends_on_title_abbreviation("We agree with Mr"));
    }

    #[test]
    fn honorifics_take_one_or_two_words() {
        assert_eq!(honorific_words(&["REAR", "ADM.", "NIKOLAI"]), 2);
        assert_eq!(honorific_words(&["MS.", "PSAKI"]), 1);
        assert_eq!(honorific_words(&["Maria", "Lopes"]), 0);
    }

    #[test]
    fn acronyms_are_recognised() {
        assert!(is_acronym("FSB"));
        assert!(is_acronym("WNC"));
        assert!(is_acronym("G8"));
        assert!(!is_acronym("IVANOV"));
        assert!(!is_acronym("MR"));
        assert!(!is_acronym("THE"));
    }

    #[test]
    fn word_count_matches_split() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a  b",
            "  Привет   мир  ",
            "a\tb c",
            "x y z ",
        ] {
            assert_eq!(
                word_count(s),
                s.split(' ').filter(|w| !w.is_empty()).count(),
                "{s:?}"
            );
            assert_eq!(has_double_space(s), s.contains("  "), "{s:?}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("Thank you."));
        assert!(ends_sentence("Really?”"));
        assert!(!ends_sentence("These include:"));
    }
}
