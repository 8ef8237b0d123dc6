//! Shapes: stacked bar segments, donut arcs and line paths as SVG numbers.

use crate::domain::number::svg;
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// One piece of a stacked bar: which series, where it starts, how long.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub series: usize,
    pub start: f64,
    pub length: f64,
}

/// Stacks values end to end over `length` pixels (their total fills it).
/// Zero values give no segment.
pub fn stack(values: &[usize], length: f64) -> Vec<Segment> {
    let total: usize = values.iter().sum();
    if total == 0 {
        return Vec::new();
    }
    let mut start = 0.0;
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .map(|(series, value)| {
            let length = *value as f64 / total as f64 * length;
            let segment = Segment {
                series,
                start,
                length,
            };
            start += length;
            segment
        })
        .collect()
}

/// One slice of a donut, angles in radians clockwise from 12 o'clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arc {
    pub series: usize,
    pub start: f64,
    pub end: f64,
}

/// Slices for the values; a single non-zero value is a full ring.
pub fn donut(values: &[usize]) -> Vec<Arc> {
    let total: usize = values.iter().sum();
    if total == 0 {
        return Vec::new();
    }
    let mut start = 0.0;
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .map(|(series, value)| {
            let end = start + *value as f64 / total as f64 * TAU;
            let arc = Arc { series, start, end };
            start = end;
            arc
        })
        .collect()
}

fn point(cx: f64, cy: f64, radius: f64, angle: f64) -> (f64, f64) {
    let (sin, cos) = sin_cos(angle);
    (cx + radius * sin, cy - radius * cos)
}

/// Sine and cosine of an angle of a few turns at most, within 1e-13: a
/// quarter turn folded onto [-π/4, π/4] and Taylor series there. The
/// standard library's (libm's) argument reduction for any angle ships about
/// 7 KB of code to every user for the donut's handful of points.
fn sin_cos(angle: f64) -> (f64, f64) {
    let quarter = (angle / FRAC_PI_2).round();
    let x = angle - quarter * FRAC_PI_2;
    let x2 = x * x;
    // Horner form of x − x³/3! + … − x¹⁵/15! and 1 − x²/2! + … − x¹⁴/14!.
    let mut sin = 0.0;
    let mut cos = 0.0;
    for n in (1..=7).rev() {
        let k = (2 * n) as f64;
        sin = (1.0 - sin) * x2 / (k * (k + 1.0));
        cos = (1.0 - cos) * x2 / (k * (k - 1.0));
    }
    let (sin, cos) = (x * (1.0 - sin), 1.0 - cos);
    match (quarter as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// The SVG path of a ring slice between two radii. A full turn is drawn as two
/// halves (an SVG arc cannot start and end at the same point).
pub fn arc_path(cx: f64, cy: f64, inner: f64, outer: f64, arc: Arc) -> String {
    let sweep = arc.end - arc.start;
    if sweep >= TAU - 1e-9 {
        let half = Arc {
            end: arc.start + PI,
            ..arc
        };
        let other = Arc {
            start: arc.start + PI,
            end: arc.start + TAU,
            ..arc
        };
        return format!(
            "{} {}",
            arc_path(cx, cy, inner, outer, half),
            arc_path(cx, cy, inner, outer, other)
        );
    }
    let large = i32::from(sweep > PI);
    let (x0, y0) = point(cx, cy, outer, arc.start);
    let (x1, y1) = point(cx, cy, outer, arc.end);
    let (x2, y2) = point(cx, cy, inner, arc.end);
    let (x3, y3) = point(cx, cy, inner, arc.start);
    format!(
        "M{} {} A{} {} 0 {large} 1 {} {} L{} {} A{} {} 0 {large} 0 {} {} Z",
        svg(x0),
        svg(y0),
        svg(outer),
        svg(outer),
        svg(x1),
        svg(y1),
        svg(x2),
        svg(y2),
        svg(inner),
        svg(inner),
        svg(x3),
        svg(y3)
    )
}

/// `M x y L x y …` through the points.
pub fn line_path(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| format!("{}{} {}", if i == 0 { "M" } else { "L" }, svg(*x), svg(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_and_cosine_match_the_standard_library() {
        for step in -4000..=4000 {
            let angle = f64::from(step) * 0.005 + 0.000_123;
            let (sin, cos) = sin_cos(angle);
            assert!((sin - angle.sin()).abs() < 1e-13, "sin {angle}: {sin}");
            assert!((cos - angle.cos()).abs() < 1e-13, "cos {angle}: {cos}");
        }
        for quarter in 0..=8 {
            let (sin, cos) = sin_cos(f64::from(quarter) * FRAC_PI_2);
            let expected = [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)][quarter as usize % 4];
            assert!((sin - expected.0).abs() < 1e-13 && (cos - expected.1).abs() < 1e-13);
        }
    }

    #[test]
    fn stacks_fill_the_length_and_skip_zeros() {
        let segments = stack(&[1, 0, 3], 200.0);
        assert_eq!(
            segments,
            [
                Segment {
                    series: 0,
                    start: 0.0,
                    length: 50.0
                },
                Segment {
                    series: 2,
                    start: 50.0,
                    length: 150.0
                }
            ]
        );
        assert!(stack(&[0, 0], 200.0).is_empty());
    }

    #[test]
    fn donut_slices_cover_the_circle() {
        let arcs = donut(&[2, 0, 2]);
        assert_eq!(arcs.len(), 2);
        assert_eq!(arcs[0].start, 0.0);
        assert!((arcs[0].end - PI).abs() < 1e-12);
        assert!((arcs[1].end - TAU).abs() < 1e-12);
        assert!(donut(&[]).is_empty());
    }

    #[test]
    fn arc_paths_are_golden() {
        let quarter = Arc {
            series: 0,
            start: 0.0,
            end: PI / 2.0,
        };
        assert_eq!(
            arc_path(50.0, 50.0, 30.0, 40.0, quarter),
            "M50 10 A40 40 0 0 1 90 50 L80 50 A30 30 0 0 0 50 20 Z"
        );
        let most = Arc {
            series: 0,
            start: 0.0,
            end: 1.5 * PI,
        };
        assert!(arc_path(50.0, 50.0, 30.0, 40.0, most).contains(" 0 1 1 10 50 "));
        let full = Arc {
            series: 0,
            start: 0.0,
            end: TAU,
        };
        assert_eq!(
            arc_path(50.0, 50.0, 30.0, 40.0, full).matches('Z').count(),
            2
        );
    }

    #[test]
    fn line_paths_join_points() {
        assert_eq!(
            line_path(&[(0.0, 10.0), (5.5, 2.25), (10.0, 0.0)]),
            "M0 10 L5.5 2.25 L10 0"
        );
        assert_eq!(line_path(&[]), "");
    }
}
