//! Dates and times as pages print them, in English and Russian (with the month names of a few
//! other European languages).
//!
//! Shapes (after an optional weekday, `Tuesday, ` / `Thursday `):
//! - day month year: `21 January 2014`, `29th May 2014`, `9th Feb., 2021`, `17 March, 2011`,
//!   `21 января 2014 года`, `30 апреля 2009 г.`, `1 авг. 2016 г.`, `05 Февраля 2017`;
//! - month day year: `January 21, 2014`, `Jan. 21, 2014`, `May 9th, 2021`;
//! - ISO: `2014-01-21`, `2014-01-21 07:53:00`, `2022-03-17T19:34:51-04:00`;
//! - numeric: `21.01.2014`, `04/05/2016` (the order is settled later, see [`DateMatch`]);
//!
//! each optionally followed by a time of day: `, 15:30`, ` - 18:10`, ` at 8:12 am`, `13:40` glued
//! to the year (`201513:40`), `15: 50`, `2:55 P.M. EDT`, `07:00   ET`, with the zone kept.
//! Calendar checks are chrono's (`NaiveDate::from_ymd_opt`).

use super::PResult;
use chrono::{NaiveDate, NaiveTime};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy, space0, space1};
use nom::combinator::{not, opt, recognize};
use nom::sequence::{preceded, terminated};

/// How a numeric date was written, for settling day/month order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numeric {
    /// `21.01.2014`: always day first.
    Dotted,
    /// `04/05/2016`: either order; `alternative` holds the month-first reading when both are
    /// valid.
    Slashed,
}

/// A date found by [`date`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// The date, read day first when the form is numeric.
    pub(crate) date: NaiveDate,
    /// For an ambiguous slashed date, the month-first reading.
    pub(crate) alternative: Option<NaiveDate>,
    /// Set for numeric forms.
    pub(crate) numeric: Option<Numeric>,
    /// Whether the month was written before the day (`January 21, 2014`).
    pub(crate) month_first: bool,
    /// The time of day printed with the date.
    pub(crate) time: Option<NaiveTime>,
    /// The zone printed with the time, as printed.
    pub(crate) zone: Option<String>,
    /// Bytes consumed: the date and its time.
    pub(crate) len: usize,
}

/// Month number of a month name or abbreviation, any case (`jan`, `January`, `января`, `авг`).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    if word.len() > 24 {
        return None;
    }
    let mut buf = [0u8; 24];
    let lower = super::words::lower_in(word, &mut buf);
    let m = match &*lower {
        "january" | "jan" | "января" | "январь" | "янв" | "gennaio" | "janvier" | "enero"
        | "januar" => 1,
        "february" | "feb" | "февраля" | "февраль" | "фев" | "февр" | "febbraio" | "février"
        | "febrero" | "februar" => 2,
        "march" | "mar" | "марта" | "март" | "мар" | "marzo" | "mars" | "märz" => 3,
        "april" | "apr" | "апреля" | "апрель" | "апр" | "aprile" | "avril" | "abril" => {
            4
        }
        "may" | "мая" | "май" | "maggio" | "mai" | "mayo" => 5,
        "june" | "jun" | "июня" | "июнь" | "июн" | "giugno" | "juin" | "junio" | "juni" => {
            6
        }
        "july" | "jul" | "июля" | "июль" | "июл" | "luglio" | "juillet" | "julio" | "juli" => {
            7
        }
        "august" | "aug" | "августа" | "август" | "авг" | "agosto" | "août" => 8,
        "september" | "sep" | "sept" | "сентября" | "сентябрь" | "сен" | "сент" | "settembre"
        | "septembre" | "septiembre" => 9,
        "october" | "oct" | "октября" | "октябрь" | "окт" | "ottobre" | "octobre" | "octubre"
        | "oktober" => 10,
        "november" | "nov" | "ноября" | "ноябрь" | "нояб" | "ноя" | "novembre" | "noviembre" => {
            11
        }
        "december" | "dec" | "декабря" | "декабрь" | "дек" | "dicembre" | "décembre"
        | "diciembre" | "dezember" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether `word` names a day of the week (any case, abbreviations allowed).
pub(crate) fn is_weekday(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        &*super::words::lower_in(word, &mut buf),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "понедельник"
            | "вторник"
            | "среда"
            | "четверг"
            | "пятница"
            | "суббота"
            | "воскресенье"
            | "lunedì"
            | "martedì"
            | "mercoledì"
            | "giovedì"
            | "venerdì"
            | "sabato"
            | "domenica"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "domingo"
    )
}

fn digits(min: usize, max: usize) -> impl Fn(&str) -> PResult<'_, u32> {
    move |i: &str| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)?;
        let value = d.parse::<u32>().map_err(|_| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))
        })?;
        Ok((rest, value))
    }
}

fn not_followed_by_digit(i: &str) -> PResult<'_, ()> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    } else {
        Ok((i, ()))
    }
}

/// A day of the month, `1`..`31`, with an optional ordinal suffix (`29th`).
fn day(i: &str) -> PResult<'_, u32> {
    let (i, d) = digits(1, 2).parse(i)?;
    let (i, _) = not_followed_by_digit(i)?;
    // an ordinal suffix, also set apart by a space where a PDF printed it raised (`20 th`)
    let suffix = || {
        terminated(
            alt((
                tag_no_case("st"),
                tag_no_case("nd"),
                tag_no_case("rd"),
                tag_no_case("th"),
            )),
            not(satisfy(char::is_alphanumeric)),
        )
    };
    let (i, _) = opt(alt((suffix(), preceded(char(' '), suffix())))).parse(i)?;
    if i.starts_with(|c: char| c.is_alphanumeric()) || !(1..=31).contains(&d) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i, d))
}

/// A four-digit year from 1800 to 2199. A time may follow without a space (`201716:51`).
fn year(i: &str) -> PResult<'_, i32> {
    let (rest, y) = digits(4, 4).parse(i)?;
    if !(1800..=2199).contains(&y) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, y as i32))
}

/// A month name or abbreviation with an optional period: `January`, `Jan.`, `авг.`.
fn month_name(i: &str) -> PResult<'_, (u32, bool)> {
    let (rest, word) = take_while1(char::is_alphabetic).parse(i)?;
    let Some(m) = month_number(word) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    };
    let capitalized = word.chars().next().is_some_and(char::is_uppercase);
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, (m, capitalized)))
}

/// The Russian year word after a year: `года`, `год`, `г.`.
fn russian_year_word(i: &str) -> PResult<'_, &str> {
    recognize((space0, alt((tag("года"), tag("год"), tag("г."), tag("г"))))).parse(i)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn verify_fail(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// `21 January 2014`, `29th May 2014`, `9th Feb., 2021`, `21 января 2014 года`, `25th
/// August1999`.
fn day_month_year(i: &str) -> PResult<'_, NaiveDate> {
    let (rest, d) = day(i)?;
    // (German prints the day with a period, `14. März 2024`; Spanish and Portuguese join
    // with `de`, `14 de marzo de 2024`)
    let (rest, _) = opt(char('.')).parse(rest)?;
    let of = || recognize((space1, alt((tag("de"), tag("del"))), space1));
    let (rest, _) = alt((of(), space1, tag("-"))).parse(rest)?;
    let (rest, (m, _)) = month_name(rest)?;
    let (rest, _) = opt(char(',')).parse(rest)?;
    // (or the year glued to the month, a PDF converter's lost space: `25th August1999`)
    let (rest, _) = opt(alt((of(), space1, tag("-")))).parse(rest)?;
    let (rest, y) = year(rest)?;
    let (rest, _) = opt(russian_year_word).parse(rest)?;
    let date = ymd(y, m, d).ok_or_else(|| verify_fail(i))?;
    Ok((rest, date))
}

/// `January 21, 2014`, `Jan. 21, 2014`, `May 9th, 2021`: the month capitalized.
fn month_day_year(i: &str) -> PResult<'_, NaiveDate> {
    let (rest, (m, capitalized)) = month_name(i)?;
    if !capitalized {
        return Err(verify_fail(i));
    }
    let (rest, _) = space1(rest)?;
    let (rest, d) = day(rest)?;
    let (rest, _) = opt(char(',')).parse(rest)?;
    let (rest, _) = space0(rest)?;
    let (rest, y) = year(rest)?;
    let date = ymd(y, m, d).ok_or_else(|| verify_fail(i))?;
    Ok((rest, date))
}

/// `2014-01-21`.
fn iso_date(i: &str) -> PResult<'_, NaiveDate> {
    let (rest, y) = year(i)?;
    let (rest, _) = char('-')(rest)?;
    let (rest, m) = digits(2, 2).parse(rest)?;
    let (rest, _) = char('-')(rest)?;
    let (rest, d) = digits(2, 2).parse(rest)?;
    let (rest, _) = not_followed_by_digit(rest)?;
    let date = ymd(y, m, d).ok_or_else(|| verify_fail(i))?;
    Ok((rest, date))
}

/// `21.01.2014` (day first) or `04/05/2016` (either order).
fn numeric_date(i: &str) -> PResult<'_, (NaiveDate, Option<NaiveDate>, Numeric)> {
    let (rest, a) = digits(1, 2).parse(i)?;
    let (rest, sep) = alt((char('.'), char('/'))).parse(rest)?;
    let (rest, b) = digits(1, 2).parse(rest)?;
    let (rest, _) = char(sep)(rest)?;
    let (rest, y) = year(rest)?;
    let (rest, _) = not_followed_by_digit(rest)?;
    if sep == '.' {
        let date = ymd(y, b, a).ok_or_else(|| verify_fail(i))?;
        return Ok((rest, (date, None, Numeric::Dotted)));
    }
    match (ymd(y, b, a), ymd(y, a, b)) {
        (Some(day_first), Some(month_first)) if day_first != month_first => {
            Ok((rest, (day_first, Some(month_first), Numeric::Slashed)))
        }
        (Some(d), _) | (None, Some(d)) => Ok((rest, (d, None, Numeric::Slashed))),
        (None, None) => Err(verify_fail(i)),
    }
}

/// A weekday and its separator: `Tuesday, `, `Thursday `, `Fri. `.
fn weekday_prefix(i: &str) -> PResult<'_, ()> {
    let (rest, word) = take_while1(char::is_alphabetic).parse(i)?;
    if !is_weekday(word) {
        return Err(verify_fail(i));
    }
    let (rest, _) = opt(char('.')).parse(rest)?;
    let (rest, _) = opt(char(',')).parse(rest)?;
    let (rest, _) = space1(rest)?;
    Ok((rest, ()))
}

/// `a.m.`, `P.M.`, `am`, `PM`: true for afternoon.
fn meridiem(i: &str) -> PResult<'_, bool> {
    let (rest, m) = alt((
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("a. m."),
        tag_no_case("p. m."),
        // (the last period dropped: `2:48 P.M EDT`)
        tag_no_case("a.m"),
        tag_no_case("p.m"),
        tag_no_case("am"),
        tag_no_case("pm"),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(verify_fail(i));
    }
    Ok((rest, m.starts_with(['p', 'P'])))
}

/// A zone abbreviation or UTC offset printed after a time: `EDT`, `MSK`, `-04:00`, `Z`.
fn zone(i: &str) -> PResult<'_, &str> {
    let offset = recognize((
        alt((char('+'), char('-'))),
        digits(2, 2),
        opt(char(':')),
        digits(2, 2),
    ));
    let (rest, z) = alt((
        offset,
        tag("Z"),
        take_while_m_n(2, 4, |c: char| c.is_ascii_uppercase()),
        tag("МСК"),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(verify_fail(i));
    }
    let known = z.starts_with(['+', '-'])
        || matches!(
            z,
            "Z" | "EDT"
                | "EST"
                | "CDT"
                | "CST"
                | "MDT"
                | "MST"
                | "PDT"
                | "PST"
                | "ET"
                | "CT"
                | "MT"
                | "PT"
                | "GMT"
                | "UTC"
                | "MSK"
                | "МСК"
                | "BST"
                | "CET"
                | "CEST"
                | "EET"
                | "EEST"
                | "WET"
                | "IST"
                | "JST"
                | "AEST"
                | "AEDT"
                | "HST"
                | "AKST"
                | "AKDT"
                // zones of official travel abroad (`END 4:10 P.M. CAT`)
                | "CAT"
                | "EAT"
                | "WAT"
                | "SAST"
                | "AST"
                | "GST"
                | "PHT"
                | "KST"
                | "SGT"
                | "CVT"
                | "BRT"
                | "ART"
                | "CLT"
                | "COT"
                | "PET"
                | "HKT"
                | "ICT"
                | "WIB"
                | "NZST"
                | "NZDT"
                | "AWST"
                | "ACST"
                | "ACDT"
        );
    if !known {
        return Err(verify_fail(i));
    }
    Ok((rest, z))
}

/// A time of day: `18:15`, `07:53:00`, `15: 50`, `2:55 P.M.`, `8:12 am`, `19:34:51-04:00`, with
/// an optional zone after spaces (`07:00   ET`). Returns the time and the zone as printed.
pub(crate) fn time_of_day(i: &str) -> PResult<'_, (NaiveTime, Option<&str>)> {
    let (rest, h) = digits(1, 2).parse(i)?;
    let (rest, _) = char(':')(rest)?;
    let (rest, _) = opt(char(' ')).parse(rest)?;
    let (rest, m) = digits(2, 2).parse(rest)?;
    let (rest, s) = opt((char(':'), digits(2, 2)).map(|(_, s)| s)).parse(rest)?;
    let (rest, _) = opt((char('.'), take_while1(|c: char| c.is_ascii_digit()))).parse(rest)?;
    let (rest, _) = not_followed_by_digit(rest)?;
    let (rest, pm) = opt((space0, meridiem).map(|(_, pm)| pm)).parse(rest)?;
    let hour = match pm {
        Some(true) if (1..12).contains(&h) => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if !(1..=12).contains(&h) => return Err(verify_fail(i)),
        _ => h,
    };
    let time = NaiveTime::from_hms_opt(hour, m, s.unwrap_or(0)).ok_or_else(|| verify_fail(i))?;
    // A zone glued to the time (an ISO offset) or after spaces.
    let (rest, z) = match zone(rest) {
        Ok((r, z)) if z.starts_with(['+', '-']) || z == "Z" => (r, Some(z)),
        _ => match (space1::<&str, nom::error::Error<&str>>, zone).parse(rest) {
            Ok((r, (_, z))) if !z.starts_with(['+', '-']) => (r, Some(z)),
            _ => (rest, None),
        },
    };
    Ok((rest, (time, z)))
}

/// The separator between a date and its time: `, `, ` - `, ` – `, ` · `, ` • `, ` | `, ` at `,
/// `T`, a space, or nothing (a time glued to the year).
fn time_separator(i: &str) -> PResult<'_, &str> {
    alt((
        recognize((
            space0,
            alt((char(','), char('-'), char('–'), char('—'))),
            space0,
        )),
        // (news sites' meta lines: `November 14, 2031 · 5:04 AM ET`)
        recognize((space1, alt((char('·'), char('•'), char('|'))), space1)),
        recognize((space1, tag_no_case("at"), space1)),
        tag("T"),
        space1,
        tag(""),
    ))
    .parse(i)
}

/// A date (see the module docs) at the very start of `i`, with its time when one follows.
pub(crate) fn date(i: &str) -> Option<DateMatch> {
    let start_len = i.len();
    let (body, _) = opt(weekday_prefix).parse(i).ok()?;
    let mut numeric = None;
    let mut alternative = None;
    let mut month_first = false;
    let (rest, d) = if let Ok((rest, d)) = iso_date(body) {
        (rest, d)
    } else if let Ok((rest, (d, alt_date, style))) = numeric_date(body) {
        numeric = Some(style);
        alternative = alt_date;
        (rest, d)
    } else if let Ok((rest, d)) = day_month_year(body) {
        (rest, d)
    } else if let Ok((rest, d)) = month_day_year(body) {
        month_first = true;
        (rest, d)
    } else {
        return None;
    };
    // A date must end at a word boundary.
    if rest.starts_with(|c: char| c.is_alphabetic()) && !rest.starts_with('T') {
        return None;
    }
    // digits right after the year are a glued time (`201716:51`) or not a date at all
    if rest.starts_with(|c: char| c.is_ascii_digit()) && time_of_day(rest).is_err() {
        return None;
    }
    let mut len = start_len - rest.len();
    let mut time = None;
    let mut zone = None;
    if let Ok((after_sep, _)) = time_separator(rest)
        && let Ok((after, (t, z))) = time_of_day(after_sep)
    {
        time = Some(t);
        zone = z.map(str::to_string);
        len = start_len - after.len();
    }
    Some(DateMatch {
        date: d,
        alternative,
        numeric,
        month_first,
        time,
        zone,
        len,
    })
}

/// Every date in `s` with its byte offset, left to right, non-overlapping.
///
/// A candidate starts at a word boundary on a digit or on a month or weekday name.
pub(crate) fn find_dates(s: &str) -> Vec<(usize, DateMatch)> {
    dates_in(s).collect()
}

/// The first date of [`find_dates`], without looking for the others.
pub(crate) fn first_date(s: &str) -> Option<(usize, DateMatch)> {
    dates_in(s).next()
}

/// The dates of [`find_dates`], found one by one as they are asked for.
pub(crate) fn dates_in(s: &str) -> Dates<'_> {
    // every date form holds a digit: most lines of text are rejected by this one scan
    let first_digit = s.as_bytes().iter().position(u8::is_ascii_digit);
    Dates {
        s,
        first_digit,
        next_digit: first_digit.unwrap_or(s.len()),
        pos: 0,
        prev: None,
    }
}

/// Iterator of [`dates_in`].
///
/// Candidates are read character by character, but a stretch with no digit near enough for
/// any date form is stepped over at once: a digit starts a candidate, and a month or weekday
/// name is one only with a digit in the 48 bytes from its start.
pub(crate) struct Dates<'a> {
    s: &'a str,
    first_digit: Option<usize>,
    /// The first digit at or after `pos` once looked for (`s.len()` when none).
    next_digit: usize,
    /// Byte offset of the next character to read.
    pos: usize,
    /// The character before `pos`.
    prev: Option<char>,
}

impl Iterator for Dates<'_> {
    type Item = (usize, DateMatch);

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.s;
        let bytes = s.as_bytes();
        let first_digit = self.first_digit?;
        while self.pos < bytes.len() {
            if self.next_digit < self.pos {
                self.next_digit = bytes[self.pos..]
                    .iter()
                    .position(u8::is_ascii_digit)
                    .map_or(bytes.len(), |p| self.pos + p);
            }
            if self.next_digit >= bytes.len() {
                // no digit left: no candidate left
                self.pos = bytes.len();
                return None;
            }
            // no candidate starts before a name's reach of the next digit (nor, for the first
            // date, 40 bytes before the first digit)
            let reach = self
                .next_digit
                .saturating_sub(47)
                .max(first_digit.saturating_sub(40));
            if reach > self.pos {
                let mut at = reach;
                while !s.is_char_boundary(at) {
                    at += 1;
                }
                self.prev = s[..at].chars().next_back();
                self.pos = at;
            }
            let i = self.pos;
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            self.pos += c.len_utf8();
            let boundary = self.prev.is_none_or(|p| !p.is_alphanumeric());
            self.prev = Some(c);
            if !boundary || !(c.is_ascii_digit() || c.is_alphabetic()) {
                continue;
            }
            if c.is_alphabetic() {
                // a month or weekday name starts a date only with a digit close after it
                if i + 40 < first_digit || self.next_digit >= (i + 48).min(bytes.len()) {
                    continue;
                }
                let word_end = s[i..]
                    .find(|ch: char| !ch.is_alphabetic())
                    .map_or(s.len(), |e| i + e);
                let word = &s[i..word_end];
                if !(2..=24).contains(&word.len())
                    || month_number(word).is_none() && !is_weekday(word)
                {
                    continue;
                }
            } else if i < first_digit {
                continue;
            }
            if let Some(m) = date(&s[i..]) {
                // go on after the match
                let mut end = (i + m.len).max(self.pos);
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                self.prev = s[..end].chars().next_back();
                self.pos = end;
                return Some((i, m));
            }
        }
        None
    }
}

/// A line that is only a time of day, maybe in brackets or after `END`: `14:20`,
/// `2:55 P.M. EDT`, `(10:12 a.m.)`, `END 3:49 P.M. EDT`. Returns the time and zone.
pub(crate) fn time_line(s: &str) -> Option<(NaiveTime, Option<String>, bool)> {
    let t = s.trim();
    let (t, end_marker) = match t.strip_prefix("END") {
        Some(rest) if rest.starts_with(' ') => (rest.trim_start(), true),
        _ => (t, false),
    };
    let inner = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    let (rest, (time, zone)) = time_of_day(inner).ok()?;
    if !rest.trim().is_empty() {
        return None;
    }
    Some((time, zone.map(str::to_string), end_marker))
}

/// The length of the leading run of `i` that [`date`] reads, for callers that only need it.
#[cfg(test)]
fn consumed(i: &str) -> Option<usize> {
    date(i).map(|m| m.len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(h: u32, m: u32, s: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, s)
    }

    #[test]
    fn day_month_year_forms() {
        let m = date("21 January 2014").unwrap();
        assert_eq!((m.date, m.time, m.len), (d(2014, 1, 21), None, 15));
        assert_eq!(date("29th May 2014").unwrap().date, d(2014, 5, 29));
        assert_eq!(date("9th Feb., 2021 x").unwrap().date, d(2021, 2, 9));
        assert_eq!(date("17 March, 2011, 09:48").unwrap().time, t(9, 48, 0));
        assert_eq!(date("16 march, 2012 12:05").unwrap().date, d(2012, 3, 16));
        // the year glued to the month by a PDF converter
        let m = date("25th August1999").unwrap();
        assert_eq!((m.date, m.len), (d(1999, 8, 25), 15));
        assert!(date("25th August19999").is_none());
    }

    #[test]
    fn russian_forms() {
        let m = date("21 января 2014 года, 15:30").unwrap();
        assert_eq!((m.date, m.time), (d(2014, 1, 21), t(15, 30, 0)));
        assert_eq!(m.len, "21 января 2014 года, 15:30".len());
        assert_eq!(date("30 апреля 2009 г.").unwrap().date, d(2009, 4, 30));
        assert_eq!(date("1 авг. 2016 г.").unwrap().date, d(2016, 8, 1));
        assert_eq!(date("1 сент. 2016").unwrap().date, d(2016, 9, 1));
        assert_eq!(date("05 Февраля 2017 11:04").unwrap().time, t(11, 4, 0));
        let m = date("5 мая 2025 года 13:40 Москва").unwrap();
        assert_eq!(m.len, "5 мая 2025 года 13:40".len());
    }

    #[test]
    fn month_day_year_forms() {
        assert_eq!(date("January 21, 2014").unwrap().date, d(2014, 1, 21));
        let m = date("Jan. 21, 2014").unwrap();
        assert!(m.month_first);
        assert_eq!(m.date, d(2014, 1, 21));
        assert_eq!(date("May 9th, 2021 #221").unwrap().date, d(2021, 5, 9));
        assert_eq!(
            date("Tuesday, January 21, 2014").unwrap().date,
            d(2014, 1, 21)
        );
        // a lower-case month first is a verb, not a date
        assert!(date("may 21, 2014").is_none());
    }

    #[test]
    fn times_with_dates() {
        let m = date("May 8, 2021 - 18:10 - The Kremlin").unwrap();
        assert_eq!((m.date, m.time), (d(2021, 5, 8), t(18, 10, 0)));
        assert_eq!(m.len, "May 8, 2021 - 18:10".len());
        let m = date("19 April 201716:51").unwrap();
        assert_eq!((m.date, m.time), (d(2017, 4, 19), t(16, 51, 0)));
        let m = date("20 December 2018 15: 50").unwrap();
        assert_eq!(m.time, t(15, 50, 0));
        let m = date("April 11, 2007 - 07:00   ET").unwrap();
        assert_eq!((m.time, m.zone.as_deref()), (t(7, 0, 0), Some("ET")));
        let m = date("May 10, 2017 at 8:12 pm").unwrap();
        assert_eq!(m.time, t(20, 12, 0));
        assert_eq!(
            date("Donnerstag, 14. März 2024").unwrap().date,
            d(2024, 3, 14)
        );
        assert_eq!(date("14 de marzo de 2024").unwrap().date, d(2024, 3, 14));
        let m = date("September 14, 2016, 14:20").unwrap();
        assert_eq!(m.time, t(14, 20, 0));
        let m = date("November 14, 2031 · 5:04 AM ET").unwrap();
        assert_eq!((m.time, m.zone.as_deref()), (t(5, 4, 0), Some("ET")));
        assert_eq!(m.len, "November 14, 2031 · 5:04 AM ET".len());
        let m = date("November 14, 2031 | News").unwrap();
        assert_eq!((m.time, m.len), (None, "November 14, 2031".len()));
    }

    #[test]
    fn iso_forms() {
        let m = date("2014-01-21 07:53:00").unwrap();
        assert_eq!((m.date, m.time), (d(2014, 1, 21), t(7, 53, 0)));
        let m = date("2022-03-17T19:34:51-04:00").unwrap();
        assert_eq!((m.time, m.zone.as_deref()), (t(19, 34, 51), Some("-04:00")));
        assert_eq!(m.len, "2022-03-17T19:34:51-04:00".len());
        assert!(date("2014-13-21").is_none());
    }

    #[test]
    fn numeric_forms() {
        let m = date("21.01.2014").unwrap();
        assert_eq!((m.date, m.numeric), (d(2014, 1, 21), Some(Numeric::Dotted)));
        let m = date("04/05/2016").unwrap();
        assert_eq!(m.date, d(2016, 5, 4));
        assert_eq!(m.alternative, Some(d(2016, 4, 5)));
        let m = date("14/03/2017").unwrap();
        assert_eq!((m.date, m.alternative), (d(2017, 3, 14), None));
        let m = date("03/14/2017").unwrap();
        assert_eq!((m.date, m.alternative), (d(2017, 3, 14), None));
    }

    #[test]
    fn rejects_non_dates() {
        assert!(date("2,600 kg").is_none());
        assert!(date("31 February 2014").is_none());
        assert!(date("12 Angry Men").is_none());
        assert!(date("1997-04").is_none());
        assert_eq!(consumed("21 January 20145"), None);
    }

    #[test]
    fn finds_dates_in_a_line() {
        let s = "Posted by: GPW | 6 March 2008";
        let found = find_dates(s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, s.find('6').unwrap());
        let s = "[Congressional Record Volume 151, Number 68 (Friday, May 20, 2005)]";
        let found = find_dates(s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.date, d(2005, 5, 20));
        assert!(find_dates("we may finish early in 2012").is_empty());
    }

    #[test]
    fn ordinal_suffix_set_apart_by_a_space() {
        // records converted from PDF print a raised suffix as a word of its own
        assert_eq!(
            date("20 th Nov., 2023").map(|m| m.date),
            Some(d(2023, 11, 20))
        );
        assert_eq!(
            date("3 rd December, 2024").map(|m| (m.date, m.len)),
            Some((d(2024, 12, 3), 19))
        );
        // a word that only starts like a suffix is not one
        assert!(date("5 thousand March 2020").is_none());
        assert!(find_dates("we counted 5 thousand, 2020 votes").is_empty());
    }

    #[test]
    fn dates_after_long_stretches_without_digits() {
        // a name far from any digit is passed over; names and digits near each other are read,
        // also after a Cyrillic stretch and after an earlier match
        let s = format!(
            "Friday {}talks on 12 March 2021 and {}Tuesday, 4 May 2021, then 7 of 9.",
            "слово ".repeat(20),
            "word ".repeat(12)
        );
        let found: Vec<(usize, NaiveDate)> = find_dates(&s)
            .into_iter()
            .map(|(at, m)| (at, m.date))
            .collect();
        assert_eq!(
            found,
            [
                (s.find("12 March").unwrap(), d(2021, 3, 12)),
                (s.find("Tuesday").unwrap(), d(2021, 5, 4)),
            ]
        );
        assert_eq!(first_date(&s).map(|(at, _)| at), s.find("12 March"));
        // a name right before the line's only digit
        assert_eq!(
            first_date("the meeting was on Friday, March 3, 2017").map(|(at, m)| (at, m.date)),
            Some((19, d(2017, 3, 3)))
        );
    }

    #[test]
    fn time_lines() {
        let (time, zone, end) = time_line("2:55 P.M. EDT").unwrap();
        assert_eq!(
            (Some(time), zone.as_deref(), end),
            (t(14, 55, 0), Some("EDT"), false)
        );
        assert_eq!(
            time_line("END 4:10 P.M. CAT").map(|(_, z, end)| (z, end)),
            Some((Some("CAT".to_string()), true))
        );
        let (time, _, end) = time_line("END  3:49 P.M. EDT").unwrap();
        assert_eq!((Some(time), end), (t(15, 49, 0), true));
        assert!(time_line("(10:12 a.m.)").is_some());
        assert!(time_line("14:20").is_some());
        assert!(time_line("14:20 Moscow").is_none());
        // a meridiem without its last period, a zone of travel abroad
        let (time, zone, _) = time_line("2:48 P.M EDT").unwrap();
        assert_eq!((Some(time), zone.as_deref()), (t(14, 48, 0), Some("EDT")));
        assert_eq!(
            time_line("3:30 P.M. CVT")
                .and_then(|(_, z, _)| z)
                .as_deref(),
            Some("CVT")
        );
        assert!(time_line("2:48 P.Max").is_none());
    }
}
