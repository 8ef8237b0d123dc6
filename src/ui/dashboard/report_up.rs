//! The dashboard's report up: the period's consolidated Báo cáo (.docx, in
//! the layout of Nghị định 30/2020/NĐ-CP) and its annex (.xlsx), drafted for
//! the monitoring unit to number, sign and send to the provincial People's
//! Committee. Always Vietnamese; the whole plan, whatever the filters show.

use crate::browser;
use crate::domain::Period;
use crate::format::office::{docx, xlsx};
use crate::format::report_up;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Clone, Copy)]
enum Part {
    Report,
    Annex,
}

#[component]
pub fn ReportUpButtons(period: Signal<Option<Period>>) -> impl IntoView {
    let app = use_app();
    let download = move |part: Part| {
        let Some(period) = period.get_untracked() else {
            return;
        };
        let today = browser::clock::today();
        let offset = browser::clock::offset_minutes();
        let report = app
            .workspace()
            .with_untracked(|w| report_up::build(w, period, today, offset));
        let (bytes, name, mime) = match part {
            Part::Report => (
                docx::write(&report, today),
                format!("{}.docx", report.file_stem),
                DOCX,
            ),
            Part::Annex => (
                xlsx::write(&report, today),
                format!("{}-Phu-luc.xlsx", report.file_stem),
                XLSX,
            ),
        };
        match browser::download::download_bytes(&name, &bytes, mime) {
            Ok(()) => app.inform(crate::ui::i18n::draft_downloaded(
                app.language_untracked(),
                &name,
            )),
            Err(error) => app.notify(error.to_string()),
        }
    };
    view! {
        <When when=move || period.with(Option::is_some)>
            <button class="button" data-testid="report-up-docx" title=app.tr(Key::ReportUpHint)
                on:click=move |_| download(Part::Report)>{app.tr(Key::ReportUpDocx)}</button>
            <button class="button" data-testid="report-up-xlsx" title=app.tr(Key::ReportUpHint)
                on:click=move |_| download(Part::Annex)>{app.tr(Key::ReportUpXlsx)}</button>
        </When>
    }
}
