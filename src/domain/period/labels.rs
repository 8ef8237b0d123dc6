//! How a period is named: in Vietnamese as officials write it ("Quý II/2024",
//! "6 tháng đầu năm 2024"), in English, on a chart's axis, in file names.

use super::{Period, PeriodKind};

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

impl Period {
    /// "Tháng 3/2024", "Quý II/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "Năm 2024".
    pub fn label_vi(self) -> String {
        match self.kind {
            PeriodKind::Month => format!("Tháng {}/{}", self.index, self.year),
            PeriodKind::Quarter => {
                format!("Quý {}/{}", ROMAN[usize::from(self.index - 1)], self.year)
            }
            PeriodKind::HalfYear => format!("6 tháng đầu năm {}", self.year),
            PeriodKind::NineMonths => format!("9 tháng năm {}", self.year),
            PeriodKind::Year => format!("Năm {}", self.year),
        }
    }

    /// "March 2024", "Q2 2024", "First half of 2024", "Nine months of 2024", "Year 2024".
    pub fn label_en(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match self.kind {
            PeriodKind::Month => format!("{} {}", MONTHS[usize::from(self.index - 1)], self.year),
            PeriodKind::Quarter => format!("Q{} {}", self.index, self.year),
            PeriodKind::HalfYear => format!("First half of {}", self.year),
            PeriodKind::NineMonths => format!("Nine months of {}", self.year),
            PeriodKind::Year => format!("Year {}", self.year),
        }
    }

    /// The period without its year, short enough for a chart's axis (the
    /// year goes on a line below): "Quý II", "T3", "6 tháng", "9 tháng", "Năm".
    pub fn axis_vi(self) -> String {
        match self.kind {
            PeriodKind::Month => format!("T{}", self.index),
            PeriodKind::Quarter => format!("Quý {}", ROMAN[usize::from(self.index - 1)]),
            PeriodKind::HalfYear => "6 tháng".to_owned(),
            PeriodKind::NineMonths => "9 tháng".to_owned(),
            PeriodKind::Year => "Năm".to_owned(),
        }
    }

    /// "Q2", "Mar", "H1", "9 months", "Year".
    pub fn axis_en(self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self.kind {
            PeriodKind::Month => MONTHS[usize::from(self.index - 1)].to_owned(),
            PeriodKind::Quarter => format!("Q{}", self.index),
            PeriodKind::HalfYear => "H1".to_owned(),
            PeriodKind::NineMonths => "9 months".to_owned(),
            PeriodKind::Year => "Year".to_owned(),
        }
    }

    /// Short tag for file names: `2024-6T`, `2024-Q2`, `2024-T03`, `2024-9T`, `2024-Nam`.
    pub fn file_tag(self) -> String {
        match self.kind {
            PeriodKind::Month => format!("{}-T{:02}", self.year, self.index),
            PeriodKind::Quarter => format!("{}-Q{}", self.year, self.index),
            PeriodKind::HalfYear => format!("{}-6T", self.year),
            PeriodKind::NineMonths => format!("{}-9T", self.year),
            PeriodKind::Year => format!("{}-Nam", self.year),
        }
    }
}
