//! Walking the unit × task matrix from the keyboard: where an arrow, Home
//! or End takes the focus among the reports owed.

use super::Matrix;
use crate::domain::{TaskId, UnitId};

/// A move of the focus across the matrix's cells from the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridMove {
    Left,
    Right,
    Up,
    Down,
    RowStart,
    RowEnd,
    First,
    Last,
}

impl GridMove {
    /// The move a key asks for (`ctrl` with Home and End: to the matrix's
    /// first or last cell), as grids in the browser do.
    pub fn from_key(key: &str, ctrl: bool) -> Option<GridMove> {
        Some(match key {
            "ArrowLeft" => GridMove::Left,
            "ArrowRight" => GridMove::Right,
            "ArrowUp" => GridMove::Up,
            "ArrowDown" => GridMove::Down,
            "Home" if ctrl => GridMove::First,
            "End" if ctrl => GridMove::Last,
            "Home" => GridMove::RowStart,
            "End" => GridMove::RowEnd,
            _ => return None,
        })
    }
}

impl Matrix {
    fn has(&self, (row, column): (usize, usize)) -> bool {
        matches!(
            self.cells.get(row).and_then(|r| r.get(column)),
            Some(Some(_))
        )
    }

    /// Where the unit's report on the task stands, if it owes one: the
    /// matrix of another period keeps the cell a user last visited.
    pub fn cell_of(&self, unit: &UnitId, task: &TaskId) -> Option<(usize, usize)> {
        let at = (
            self.units.iter().position(|u| u == unit)?,
            self.tasks.iter().position(|t| t == task)?,
        );
        self.has(at).then_some(at)
    }

    /// The unit and task of a cell.
    pub fn names_of(&self, (row, column): (usize, usize)) -> Option<(UnitId, TaskId)> {
        Some((
            self.units.get(row)?.clone(),
            self.tasks.get(column)?.clone(),
        ))
    }

    /// Where the focus goes from the cell at (row, column): the nearest cell
    /// that way, passing over reports not owed (an arrow down goes to the
    /// next unit that owes that task). `None` at the edge: the focus stays.
    pub fn step(&self, (row, column): (usize, usize), to: GridMove) -> Option<(usize, usize)> {
        let (rows, columns) = (self.cells.len(), self.tasks.len());
        let in_row = |c: usize| self.has((row, c)).then_some((row, c));
        let in_column = |r: usize| self.has((r, column)).then_some((r, column));
        let all = || (0..rows).flat_map(|r| (0..columns).map(move |c| (r, c)));
        match to {
            GridMove::Left => (0..column).rev().find_map(in_row),
            GridMove::Right => (column + 1..columns).find_map(in_row),
            GridMove::Up => (0..row).rev().find_map(in_column),
            GridMove::Down => (row + 1..rows).find_map(in_column),
            GridMove::RowStart => (0..column).find_map(in_row),
            GridMove::RowEnd => (column + 1..columns).rev().find_map(in_row),
            GridMove::First => all().find(|&at| self.has(at)),
            GridMove::Last => all().rev().find(|&at| self.has(at)),
        }
        .filter(|&at| at != (row, column))
    }
}
