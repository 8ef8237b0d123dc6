//! Scales: numbers to pixels (linear, with "nice" ticks) and categories to bands.

/// Maps a value domain linearly onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    domain: (f64, f64),
    range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        Linear { domain, range }
    }

    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// About `count` round ticks covering the domain: steps of 1, 2 or 5 × 10ⁿ.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let (lo, hi) = (
            self.domain.0.min(self.domain.1),
            self.domain.0.max(self.domain.1),
        );
        if count == 0 || hi <= lo || !lo.is_finite() || !hi.is_finite() {
            return vec![lo];
        }
        let raw = (hi - lo) / count as f64;
        let magnitude = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|step| *step >= raw)
            .unwrap_or(10.0 * magnitude);
        let first = (lo / step).ceil() as i64;
        let last = (hi / step).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

/// Splits a pixel range into `count` equal bands with padding between them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    start: f64,
    step: f64,
    width: f64,
}

impl Band {
    /// `padding` is the share of each step left empty (0–1).
    pub fn new(count: usize, range: (f64, f64), padding: f64) -> Band {
        let step = if count == 0 {
            0.0
        } else {
            (range.1 - range.0) / count as f64
        };
        let padding = padding.clamp(0.0, 0.9);
        Band {
            start: range.0 + step * padding / 2.0,
            step,
            width: step * (1.0 - padding),
        }
    }

    /// Start of band `index`.
    pub fn position(&self, index: usize) -> f64 {
        self.start + self.step * index as f64
    }

    pub fn width(&self) -> f64 {
        self.width
    }
}

/// Which of `count` axis labels, `step` apart, to write so that none
/// overlaps the next when each is at most `widest` wide: every one when
/// they fit, otherwise every second, third…, counted back from the last
/// (the period the chart was asked for is always named).
pub fn labelled(count: usize, step: f64, widest: f64) -> impl Fn(usize) -> bool {
    let stride = if step > 0.0 && widest > step {
        (widest / step).ceil() as usize
    } else {
        1
    };
    move |index| index < count && (count - 1 - index).is_multiple_of(stride)
}

/// About how wide `text` is drawn at 12 px in a sans-serif font (Segoe UI,
/// Roboto, Arial): a capital 8 px, a space 3.4, any other letter 6.7 (a
/// Vietnamese letter with its marks is no wider than without). Errs wide:
/// measured in Chromium, "Sở Công Thương" is 93 px (estimated 91), "BQL Khu
/// KTCK" 84 (83), "UBND Hữu Lũng" 86 (95).
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 3.4,
            c if c.is_uppercase() => 8.0,
            _ => 6.7,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_as_wide_as_its_letters() {
        assert_eq!(text_width(""), 0.0);
        assert!((text_width("Sở Công Thương") - 91.1).abs() < 0.01);
        // A capital with its marks is a capital.
        assert_eq!(text_width("Đ"), text_width("D"));
        assert!(text_width("UBND Hữu Lũng") > text_width("Sở Y tế"));
    }

    #[test]
    fn axis_labels_thin_out_from_the_last() {
        let shown = |count, step, widest| {
            let keep = labelled(count, step, widest);
            (0..count).filter(|i| keep(*i)).collect::<Vec<_>>()
        };
        assert_eq!(shown(4, 110.0, 40.0), [0, 1, 2, 3]);
        assert_eq!(shown(12, 36.7, 40.0), [1, 3, 5, 7, 9, 11]);
        assert_eq!(shown(20, 22.0, 50.0), [1, 4, 7, 10, 13, 16, 19]);
        assert_eq!(shown(1, 440.0, 40.0), [0]);
        assert_eq!(shown(0, 0.0, 40.0), Vec::<usize>::new());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Written labels never overlap, the last is always written, and
        /// no more are left out than overlapping requires.
        #[test]
        fn written_labels_never_overlap(count in 1usize..60, step in 1.0f64..200.0, widest in 1.0f64..120.0) {
            let keep = labelled(count, step, widest);
            let shown: Vec<usize> = (0..count).filter(|i| keep(*i)).collect();
            proptest::prop_assert_eq!(shown.last(), Some(&(count - 1)));
            for pair in shown.windows(2) {
                let gap = (pair[1] - pair[0]) as f64 * step;
                proptest::prop_assert!(gap >= widest);
                proptest::prop_assert!(pair[1] - pair[0] == 1 || gap - step < widest);
            }
        }
    }

    #[test]
    fn linear_maps_ends_and_middle() {
        let scale = Linear::new((0.0, 100.0), (0.0, 400.0));
        assert_eq!(scale.map(0.0), 0.0);
        assert_eq!(scale.map(25.0), 100.0);
        assert_eq!(scale.map(100.0), 400.0);
        let flipped = Linear::new((0.0, 100.0), (200.0, 0.0));
        assert_eq!(flipped.map(75.0), 50.0);
        assert_eq!(Linear::new((5.0, 5.0), (0.0, 10.0)).map(5.0), 0.0);
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(
            Linear::new((0.0, 100.0), (0.0, 1.0)).ticks(5),
            [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(
            Linear::new((0.0, 34.0), (0.0, 1.0)).ticks(4),
            [0.0, 10.0, 20.0, 30.0]
        );
        assert_eq!(Linear::new((0.0, 7.0), (0.0, 1.0)).ticks(3), [0.0, 5.0]);
        assert_eq!(
            Linear::new((0.0, 1.0), (0.0, 1.0)).ticks(5),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        assert_eq!(Linear::new((0.0, 0.0), (0.0, 1.0)).ticks(5), [0.0]);
    }

    #[test]
    fn bands_divide_the_range_with_padding() {
        let band = Band::new(4, (0.0, 400.0), 0.2);
        assert_eq!(band.width(), 80.0);
        assert_eq!(band.position(0), 10.0);
        assert_eq!(band.position(3), 310.0);
        assert_eq!(Band::new(0, (0.0, 400.0), 0.2).width(), 0.0);
    }
}
