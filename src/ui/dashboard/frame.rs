//! The frame every chart shares: title, text description, the SVG, a data
//! table for screen readers and for copying, and SVG/PNG downloads.

use crate::browser;
use crate::domain::{number, Status};
use crate::format::Language;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Status colours by Vietnamese convention (docs/product.md §3), inline so a
/// downloaded SVG keeps them.
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::NotReported => "#8c959f",
        Status::NotStarted => "#c9ced6",
        Status::InProgress => "#0969da",
        Status::Done => "#1a7f37",
        Status::NothingArose => "#7ab88a",
        Status::Blocked => "#cf222e",
    }
}

/// A one-letter mark per status, so colour is never the only signal: the
/// first letter of its name where it can be (`ChartMatrixDesc` lists them).
pub fn status_mark(status: Status, language: Language) -> &'static str {
    let english = language == Language::English;
    match status {
        Status::NotReported => "·",
        Status::NotStarted if english => "N",
        Status::NotStarted => "C",
        Status::InProgress if english => "P",
        Status::InProgress => "Đ",
        Status::Done if english => "D",
        Status::Done => "X",
        Status::NothingArose if english => "–",
        Status::NothingArose => "K",
        Status::Blocked => "!",
    }
}

#[component]
pub fn ChartFrame(
    id: &'static str,
    title: Key,
    description: Signal<String>,
    #[prop(into)] width: Signal<f64>,
    height: Signal<f64>,
    svg: ViewFn,
    table: ViewFn,
    /// Its marks are links (a bar, a cell): a group of them, not one image.
    #[prop(optional)]
    interactive: bool,
    /// Drawn at its own size and scrolled in its frame when wider than the
    /// page or taller than most of the window (the matrix of a plan with
    /// many tasks or units), not shrunk to fit; its marks with `data-pin`
    /// stay in view (see `browser::dom::pin_to_scroll`).
    #[prop(optional)]
    scrolls: bool,
    /// What each colour of its marks means, shown under its description
    /// (a chart whose marks are labelled in the drawing needs none).
    #[prop(optional)]
    legend: Vec<(&'static str, Key)>,
    /// How to use its marks (click, keys): said on screen, not on paper.
    #[prop(optional)]
    how: Option<Key>,
) -> impl IntoView {
    let app = use_app();
    let svg_id = format!("chart-{id}");
    let file = move |ext: &str| format!("TienDo_{id}.{ext}");
    let download_svg = {
        let svg_id = svg_id.clone();
        move |_| match browser::download::svg_text(&svg_id) {
            Ok(text) => {
                if let Err(error) =
                    browser::download::download_text(&file("svg"), &text, "image/svg+xml")
                {
                    app.notify(error.to_string());
                }
            }
            Err(error) => app.notify(error.to_string()),
        }
    };
    let download_png = {
        let svg_id = svg_id.clone();
        move |_| {
            let svg_id = svg_id.clone();
            let (width, height) = (width.get_untracked(), height.get_untracked());
            spawn_local(async move {
                let result = match browser::download::svg_text(&svg_id) {
                    Ok(text) => {
                        browser::download::svg_as_png(text, width, height, 2.0, file("png")).await
                    }
                    Err(error) => Err(error),
                };
                if let Err(error) = result {
                    app.notify(error.to_string());
                }
            });
        }
    };
    let title_id = format!("{svg_id}-title");
    let desc_id = format!("{svg_id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart" data-testid=format!("chart-{id}")>
            <figcaption class="chart__head">
                <h2 class="chart__title">{app.tr(title)}</h2>
                <div class="chart__tools">
                    <button class="button" data-testid="download-svg" on:click=download_svg>"SVG"</button>
                    <button class="button" data-testid="download-png" on:click=download_png>"PNG"</button>
                </div>
            </figcaption>
            <p class="chart__desc">{move || description.get()}
                {how.map(|key| view! { " " <span class="no-print">{app.tr(key)}</span> })}
            </p>
            {(!legend.is_empty()).then(|| view! {
                <ul class="chart__legend" data-testid="chart-legend">
                    {legend.iter().map(|(color, key)| view! {
                        <li><span class="chart__swatch" style=format!("background: {color}")></span>{app.tr(*key)}</li>
                    }).collect_view()}
                </ul>
            })}
            <div
                class=if scrolls { "chart__scroll chart__scroll--pinned" } else { "chart__scroll" }
                on:scroll=move |event| browser::dom::pin_to_scroll(&event)
            >
                <svg
                    id=svg_id
                    class=if scrolls { "chart__svg chart__svg--wide" } else { "chart__svg" }
                    xmlns="http://www.w3.org/2000/svg"
                    role=if interactive { "group" } else { "img" }
                    aria-labelledby=labelled_by
                    viewBox=move || format!("0 0 {} {}", number::svg(width.get()), number::svg(height.get()))
                    width=move || number::svg(width.get())
                    height=move || number::svg(height.get())
                    font-family="Segoe UI, Roboto, Noto Sans, Arial, sans-serif"
                    font-size="12"
                >
                    <title id=title_id>{app.tr(title)}</title>
                    <desc id=desc_id>{move || description.get()}</desc>
                    {move || svg.run()}
                </svg>
            </div>
            <details class="chart__data">
                <summary>{app.tr(Key::DataTable)}</summary>
                {move || table.run()}
            </details>
        </figure>
    }
}
