//! The chart ring: pure SVG geometry (scales, ticks, bars, arcs, paths), unit
//! tested natively. Components only map these numbers onto `<svg viewBox=…>`.

pub mod geometry;
pub mod scale;

pub use geometry::{arc_path, donut, line_path, stack, Arc, Segment};
pub use scale::{labelled, text_width, Band, Linear};
