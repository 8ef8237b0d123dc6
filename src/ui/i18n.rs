//! UI text in Vietnamese (default) and English. A fixed text is a [`Key`]: a
//! closed enum, so a missing translation is a compile error. A text that
//! carries a value is one function taking typed arguments, whole sentences in
//! each language with English plurals. A hand-written table costs a few
//! kilobytes against ~25 KB for leptos_i18n. (Refusals are described beside
//! their own types: `describe(Language)`.)

use crate::domain::board::DeadlineState;
use crate::domain::{
    Date, DocumentRef, DueRule, EvidenceKind, Funding, PeriodKind, Regime, Role, Status, UnitKind,
};
use crate::format::Language;

macro_rules! texts {
    ($($key:ident => $vi:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        /// Both languages' texts, by key (in declaration order): a table in
        /// the wasm's data, not a match of 600-odd arms in its code.
        const TEXTS: &[[&str; 2]] = &[$([$vi, $en]),*];

        pub fn t(language: Language, key: Key) -> &'static str {
            let column = match language {
                Language::Vietnamese => 0,
                Language::English => 1,
            };
            TEXTS.get(key as usize).map_or("", |pair| pair[column])
        }
    };
}

texts! {
    AppName => "Tiến Độ", "Tiến Độ";
    Tagline => "Theo dõi thực hiện kế hoạch", "Plan implementation tracker";
    NavPlan => "Kế hoạch", "Plan";
    NavUnits => "Đơn vị", "Units";
    NavSettings => "Cài đặt", "Settings";
    SwitchLanguage => "English", "Tiếng Việt";
    SwitchLanguageLabel => "English: chuyển giao diện sang tiếng Anh", "Tiếng Việt: switch the interface to Vietnamese";
    ProfileLabel => "Hồ sơ", "Profile";
    ProfileChange => "Đổi hồ sơ", "Change profile";
    ProfileTitle => "Trình duyệt này làm việc cho đơn vị nào?", "Which unit does this browser work for?";
    ProfileIntro => "Chọn một lần; có thể đổi trong Cài đặt. Hồ sơ quyết định bạn được nhập báo cáo của đơn vị nào.", "Choose once; you can change it in Settings. The profile decides whose reports you may write.";
    ProfileMonitoring => "Đơn vị theo dõi, đôn đốc", "Monitoring unit";
    ProfileMonitoringHint => "Giữ kế hoạch, nhận báo cáo, tổng hợp", "Holds the plan, collects reports, compiles";
    ProfileLeader => "Lãnh đạo (chỉ xem)", "Leader (read only)";
    ProfileLeaderHint => "Xem tiến độ, không sửa", "Reads progress, edits nothing";
    ProfileUnit => "Đơn vị thực hiện", "Implementing unit";
    ProfileUnitHint => "Nhập và gửi báo cáo của đơn vị", "Records and sends its own reports";
    ProfileSearch => "Tìm đơn vị (gõ không dấu cũng được)", "Find a unit (diacritics optional)";
    ProfileConfirm => "Xác nhận", "Confirm";
    ProfileNone => "Chưa chọn", "Not chosen";
    Close => "Đóng", "Close";
    PlanDocument => "Văn bản", "Document";
    PlanNumber => "Số, ký hiệu", "Number";
    PlanDate => "Ngày ban hành", "Issued";
    PlanIssuer => "Cơ quan ban hành", "Issued by";
    PlanSigner => "Người ký", "Signed by";
    PlanMonitoring => "Đơn vị theo dõi, đôn đốc", "Monitoring unit";
    PlanRegime => "Kỳ báo cáo", "Reporting periods";
    PlanParents => "Căn cứ", "Based on";
    PlanSections => "Nội dung khác", "Other sections";
    PlanTasks => "Nhiệm vụ", "Tasks";
    PlanRecipients => "Nơi nhận", "Recipients";
    TaskTimeframe => "Thời gian", "Timeframe";
    TaskUnitsText => "Nguyên văn", "As written";
    Ongoing => "Thường xuyên", "Ongoing";
    Yearly => "Hằng năm", "Yearly";
    TimeframeKind => "Thời gian thực hiện", "Timeframe";
    TimeframeWhen => "Thời hạn", "When";
    TimeframeDeadline => "Hoàn thành trước ngày", "Done by a date";
    TimeframeQuarter => "Trong quý", "Within a quarter";
    TimeframeYear => "Trong năm", "Within a year";
    TimeframeRange => "Trong khoảng thời gian", "Between two dates";
    AmendRelease => "Thôi giao cho đơn vị", "Release a unit from the task";
    AmendReleaseFrom => "Thôi thực hiện từ ngày", "Released from (day)";
    AmendUnrelease => "Giao lại", "Give back";
    TaskReleased => "Thôi giao", "Released";
    TimeframeSet => "Đổi thời gian thực hiện", "Change the timeframe";
    UnitsTitle => "Danh mục đơn vị", "Unit directory";
    UnitsSearch => "Tìm theo tên (không cần dấu)", "Search by name (diacritics optional)";
    UnitName => "Tên đơn vị", "Unit";
    UnitShort => "Tên ngắn", "Short name";
    UnitKindHeader => "Loại", "Kind";
    UnitGroups => "Nhóm", "Groups";
    UnitValidity => "Hiệu lực", "Valid";
    UnitSuccessors => "Kế thừa", "Successors";
    UnitEmail => "Thư điện tử", "Email";
    UnitNone => "Không có đơn vị nào khớp.", "No unit matches.";
    SettingsStorage => "Bộ nhớ trình duyệt", "Browser storage";
    StorageKept => "Trình duyệt đã đồng ý giữ dữ liệu của Tiến Độ: không tự xóa khi ổ đĩa đầy.", "The browser agreed to keep Tiến Độ's data: it will not clear it when the disk runs short.";
    StorageNotKept => "Trình duyệt chưa đồng ý giữ dữ liệu: khi ổ đĩa đầy, trình duyệt có thể tự xóa dữ liệu của trang. Hãy tải bản sao lưu thường xuyên.", "The browser has not agreed to keep the data: when the disk runs short it may clear this site's data. Download a backup regularly.";
    BackupNever => "Trình duyệt này chưa tải bản sao lưu nào.", "No backup has been downloaded from this browser yet.";
    SettingsLanguage => "Ngôn ngữ", "Language";
    SettingsSample => "Dữ liệu mẫu", "Sample data";
    SettingsSampleOn => "Đang hiển thị báo cáo mẫu để làm quen. Xóa trước khi dùng thật.", "Sample reports are shown to get started. Remove them before real use.";
    SettingsSampleOff => "Không có dữ liệu mẫu.", "No sample data.";
    SampleRemove => "Xóa dữ liệu mẫu", "Remove sample data";
    SampleLoad => "Nạp dữ liệu mẫu", "Load sample data";
    SampleBadge => "Dữ liệu mẫu", "Sample data";
    SampleBannerText => "các báo cáo, số liệu và biểu đồ đang thấy có phần là mẫu để làm quen, không phải kết quả thật của các đơn vị.", "the reports, figures and charts shown are partly a sample to get to know the app, not the units' real results.";
    SampleBannerMore => "Báo cáo gửi lên (.docx, .xlsx) không đưa phần mẫu vào. Xóa dữ liệu mẫu trước khi dùng thật.", "The report sent up (.docx, .xlsx) leaves the sample out. Remove it before real use.";
    Backup => "Tải bản sao lưu", "Download backup";
    ExportPlan => "Tải tệp kế hoạch", "Download plan file";
    SettingsAside => "Dữ liệu hỏng đã cất riêng", "Damaged data set aside";
    SettingsAsideHint => "Giữ nguyên văn để khôi phục hoặc gửi hỗ trợ.", "Kept verbatim for recovery or support.";
    AsideDownload => "Tải về", "Download";
    SettingsAbout => "Về bản ứng dụng này", "About this copy of the app";
    AboutVersion => "Phiên bản", "Version";
    DeliveryLocal => "Ứng dụng được mở từ bản lưu ngoại tuyến trong trình duyệt hoặc từ tệp trên máy.", "The app opened from the browser's offline copy or from a file on this computer.";
    AsideDelete => "Xóa", "Delete";
    HealthMemory => "Trình duyệt không cho lưu dữ liệu (chế độ riêng tư hoặc chính sách). Ứng dụng chạy tạm trong bộ nhớ: dữ liệu sẽ mất khi đóng trang. Hãy tải bản sao lưu.", "This browser does not allow storing data (private mode or policy). The app runs in memory: data is lost when the page closes. Download a backup.";
    HealthFull => "Bộ nhớ trình duyệt đã đầy. Dữ liệu đã lưu vẫn còn nguyên và đang mở, nhưng thay đổi mới sẽ chưa lưu được cho đến khi giải phóng dung lượng (xóa dữ liệu của trang web khác trong trình duyệt, hoặc xóa kế hoạch đã cất không còn cần). Hãy tải bản sao lưu trước.", "Browser storage is full. Your saved data is intact and open, but new changes cannot be saved until space is freed (clear other websites' data in this browser, or delete plans put away that are no longer needed). Download a backup first.";
    StorageNearlyFullHint => "Khi đầy, thay đổi mới sẽ không lưu được. Hãy tải bản sao lưu, rồi xóa những kế hoạch đã cất không còn cần (Cài đặt).", "When it is full, new changes cannot be saved. Download a backup, then delete plans put away that are no longer needed (Settings).";
    HealthQuota => "Bộ nhớ trình duyệt đã đầy: thay đổi mới nhất chưa được lưu (vẫn còn trên trang). Hãy tải bản sao lưu ngay, rồi giải phóng dung lượng.", "Browser storage is full: your latest change is not saved (it is still on the page). Download a backup now, then free some space.";
    HealthRecovered => "Dữ liệu đã lưu trước đây không đọc được nên đã được cất riêng, không bị ghi đè. Ứng dụng bắt đầu lại từ kế hoạch gốc. Chi tiết:", "The stored data could not be read; it was set aside, not overwritten. The app started again from the seed plan. Details:";
    HealthRecoveredPart => "Một phần dữ liệu đã lưu không đọc được nên đã được cất riêng, không bị ghi đè; phần còn lại vẫn được giữ nguyên. Chi tiết:", "Part of the stored data could not be read; it was set aside, not overwritten, and everything else was kept. Details:";
    HealthAsideFailed => "Dữ liệu đã lưu không đọc được và không thể cất riêng. Ứng dụng sẽ không ghi đè nó; mọi thay đổi chỉ nằm trong bộ nhớ. Chi tiết:", "The stored data could not be read nor set aside. The app will not overwrite it; changes stay in memory only. Details:";
    HealthOtherTab => "Đã cập nhật thay đổi từ một thẻ khác.", "Updated with changes from another tab.";
    HealthNewer => "Dữ liệu trong trình duyệt này do một phiên bản mới hơn của ứng dụng ghi (ở thẻ khác, hoặc lần mở trước). Trang này ngừng lưu để không ghi đè dữ liệu đó; hãy tải lại trang, hoặc mở bản mới nhất của ứng dụng.", "The data in this browser was written by a newer version of the app (in another tab, or the last time it was opened). This page stops saving so as not to overwrite it; reload the page, or open the newest copy of the app.";
    Dismiss => "Ẩn", "Dismiss";
    SavedAt => "Đã lưu", "Saved";
    Unsaved => "Chưa lưu", "Not saved";
    RoleLead => "Chủ trì", "Lead";
    RoleCoordinate => "Phối hợp", "Coordinating";
    RoleImplement => "Thực hiện", "Implementing";
    RoleGuide => "Hướng dẫn", "Guiding";
    ModeRequest => "đề nghị", "requested";
    KindDepartment => "Sở, ban, ngành", "Department";
    KindDistrict => "UBND cấp huyện, cấp xã", "District or commune committee";
    KindPress => "Cơ quan báo chí", "Press";
    KindParty => "Cơ quan Đảng", "Party body";
    KindEnterprise => "Doanh nghiệp", "Enterprise";
    KindOther => "Khác", "Other";
    StatusNotReported => "Chưa báo cáo", "Not reported";
    StatusNotStarted => "Chưa triển khai", "Not started";
    StatusInProgress => "Đang triển khai", "In progress";
    StatusDone => "Đã triển khai", "Done";
    StatusNothingArose => "Không phát sinh", "Nothing arose";
    StatusBlocked => "Có vướng mắc", "Blocked";
    CurrentPeriod => "Kỳ hiện tại", "Current period";
    NavBoard => "Bảng công việc", "Board";
    BoardTitle => "Bảng công việc", "Task board";
    BoardSwimlane => "Nhóm hàng", "Swimlanes";
    LaneNone => "Không", "None";
    LaneSection => "Theo mục", "By section";
    LaneUnit => "Theo đơn vị", "By unit";
    FilterUnitsAll => "Tất cả đơn vị", "All units";
    FilterGroup => "Nhóm đơn vị", "Unit group";
    FilterSection => "Mục", "Section";
    FilterRole => "Vai trò", "Role";
    FilterStatus => "Trạng thái", "Status";
    FilterMine => "Chỉ đơn vị của tôi", "Only my unit";
    FilterSearch => "Tìm nhiệm vụ, đơn vị, nội dung (không cần dấu)", "Search tasks, units, text (diacritics optional)";
    FilterAll => "Tất cả", "All";
    FilterClear => "Bỏ lọc", "Clear filters";
    FiltersToggle => "Bộ lọc", "Filters";
    BoardEmpty => "Không có thẻ nào khớp bộ lọc. Bỏ bớt bộ lọc, xóa ô tìm kiếm hoặc chọn kỳ báo cáo khác.", "No card matches the filters. Remove some filters, clear the search or pick another period.";
    ColumnEmpty => "Không có thẻ", "No cards";
    UnitEnded => "Đã kết thúc", "Ended";
    BoardNoTasks => "Kế hoạch chưa có nhiệm vụ nào giao cho đơn vị báo cáo trong kỳ này.", "The plan assigns no task to report on in this period.";
    BoardHelpRead => "Mỗi thẻ là báo cáo của một đơn vị cho một nhiệm vụ; bấm thẻ (hoặc Enter) để đọc. Trang Tổng quan có số liệu và biểu đồ của kỳ.", "Each card is one unit's report on one task; click it (or press Enter) to read it. The Overview page has the period's figures and charts.";
    BoardHelp => "Kéo thẻ sang cột khác, hoặc chọn thẻ rồi dùng phím ← → để đổi trạng thái, ↑ ↓ (Home, End) để sang thẻ khác trong cột; Enter để mở.", "Drag a card to another column, or focus it and use ← → to change its status, ↑ ↓ (Home, End) to go to another card in the column; Enter opens it.";
    MoveTo => "Chuyển sang…", "Move to…";
    ReadOnlyCard => "Chỉ đơn vị được giao mới sửa được thẻ này:", "Only the assigned unit can edit this card:";
    CardOverdue => "Quá hạn báo cáo", "Report overdue";
    CardObstacle => "Nêu khó khăn", "Difficulty noted";
    CardNoResult => "Chưa ghi kết quả", "No result written";
    BoardAskResult => "Chưa ghi kết quả: nhấn Enter để ghi.", "No result written: press Enter to write it.";
    EditorAskResult => "Hãy ghi kết quả đã làm được trong kỳ: báo cáo gửi lên sẽ ghi “chưa ghi kết quả thực hiện” cho đến khi có.", "Write what was done this period: until then the report sent up says “no result written”.";
    CardEvidence => "minh chứng", "evidence";
    CardSample => "mẫu", "sample";
    DeadlineDoneOnTime => "Hoàn thành đúng hạn", "Done on time";
    DeadlineDoneLate => "Hoàn thành quá hạn", "Done late";
    DeadlineInTime => "Đang thực hiện trong hạn", "In progress, on time";
    DeadlineOverdue => "Quá hạn chưa hoàn thành", "Overdue";
    EditorTitle => "Báo cáo kết quả", "Progress report";
    EditorProgress => "Tiến độ (%)", "Progress (%)";
    EditorDone => "Kết quả thực hiện", "What was done";
    EditorEvidence => "Minh chứng", "Evidence";
    EditorObstacles => "Khó khăn, vướng mắc", "Difficulties";
    EditorProposals => "Đề xuất, kiến nghị", "Proposals";
    EditorIndicators => "Chỉ tiêu", "Indicators";
    EditorCarryHint => "Chép tình trạng, tiến độ và nội dung để sửa lại cho kỳ này; minh chứng, chỉ tiêu và kinh phí thuộc kỳ nào ghi kỳ đó.", "Copies the status, progress and texts for you to update for this period; evidence, figures and funding belong to their own period.";
    EditorBudget => "Kinh phí", "Funding";
    EditorSpent => "Kinh phí đã sử dụng (đồng)", "Spent (dong)";
    EditorFunding => "Nguồn kinh phí", "Source of funds";
    EditorRequested => "Đề nghị bổ sung (đồng)", "Further funding requested (dong)";
    EditorBudgetHint => "Số tiền bằng đồng, ví dụ 12.500.000. Đề nghị bổ sung: dự toán kinh phí gửi Sở Tài chính cho nhiệm vụ không thường xuyên.", "Amounts in dong, e.g. 12,500,000. Further funding: the estimate sent to the Department of Finance for non-regular work.";
    FundingUnset => "— Chưa ghi —", "— Not stated —";
    FundingRegular => "Chi thường xuyên", "Regular budget";
    FundingNonRegular => "Chi không thường xuyên", "Non-regular budget";
    FundingOther => "Xã hội hóa, nguồn khác", "Private and other sources";
    InvalidAmount => "Ghi số tiền bằng đồng, ví dụ 12.500.000.", "Write the amount in dong, e.g. 12,500,000.";
    AmountTooLarge => "Số tiền quá lớn.", "The amount is too large.";
    EditorReadOnly => "Bạn đang xem báo cáo của đơn vị khác: chỉ xem, không sửa.", "This is another unit's report: read only.";
    EditorAutosave => "Thay đổi được lưu tự động. Ctrl+Z để hoàn tác thay đổi gần nhất.", "Changes save automatically. Ctrl+Z undoes the last change.";
    EvidenceAdd => "Thêm minh chứng", "Add evidence";
    EvidenceKindLabel => "Loại", "Kind";
    EvidenceTitle => "Số, ký hiệu hoặc tên", "Number or title";
    EvidenceDate => "Ngày (dd/mm/yyyy)", "Date (dd/mm/yyyy)";
    EvidenceCount => "Số lượng", "Count";
    EvidenceLink => "Đường dẫn", "Link";
    EvidenceRemove => "Xóa", "Remove";
    EvidenceNone => "Chưa có minh chứng.", "No evidence yet.";
    EvidenceDocument => "Văn bản", "Document";
    EvidenceArticle => "Tin, bài", "Articles";
    EvidenceEvent => "Sự kiện, hội nghị", "Event";
    EvidenceTraining => "Tập huấn, bồi dưỡng", "Training";
    EvidenceLinkKind => "Liên kết", "Link";
    EvidenceOther => "Khác", "Other";
    InvalidDate => "Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.", "Invalid date; use dd/mm/yyyy.";
    SettingsNotSaved => "Không lưu được cài đặt (bộ nhớ trình duyệt đầy hoặc bị tắt): cài đặt chỉ giữ đến khi đóng trang.", "Settings could not be saved (browser storage is full or disabled): they last until the page is closed.";
    InvalidProgress => "Tiến độ là một số nguyên từ 0 đến 100.", "Progress is a whole number from 0 to 100.";
    InvalidNumber => "Không đọc được số đã nhập.", "The number typed cannot be read.";
    EvidenceNeedsTitle => "Nhập số, ký hiệu hoặc tên của minh chứng.", "Enter the evidence's number or title.";
    InvalidCount => "Số lượng là một số nguyên, ví dụ 12 hoặc 1.200.", "The count is a whole number, such as 12 or 1,200.";
    InvalidLink => "Đường dẫn phải là một địa chỉ web, ví dụ https://baolangson.vn/tin-tuc.", "The link must be a web address, such as https://baolangson.vn/tin-tuc.";
    Undone => "Đã hoàn tác thay đổi gần nhất.", "Undid the last change.";
    NothingToUndo => "Không còn thay đổi nào để hoàn tác.", "Nothing left to undo.";
    NavImport => "Nhập tệp", "Import";
    NavNewPlan => "Kế hoạch mới", "New plan";
    NewPlanTitle => "Kế hoạch mới từ văn bản", "A new plan from its text";
    NewPlanIntro => "Dán toàn văn kế hoạch (chép từ trang luật, PDF hay Word) hoặc mở tệp .docx, .txt. Ứng dụng đọc nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian, đánh dấu chỗ cần xem lại; chưa có gì thay đổi cho đến khi bấm Tạo kế hoạch.", "Paste the plan's full text (copied from a legal website, a PDF or Word) or open its .docx or .txt. The app reads the tasks, lead and coordinating units and timeframes, and flags what to check; nothing changes until you press Create plan.";
    NewPlanPaste => "Văn bản kế hoạch", "The plan's text";
    NewPlanRead => "Đọc văn bản", "Read the text";
    NewPlanOpen => "Mở tệp .docx hoặc .txt", "Open a .docx or .txt file";
    NewPlanReview => "Kiểm tra trước khi tạo", "Check before creating";
    NewPlanNumber => "Số TT", "No.";
    NewPlanTask => "Nhiệm vụ", "Task";
    NewPlanLead => "Chủ trì / thực hiện", "Lead / implementing";
    NewPlanCoordinate => "Phối hợp", "Coordinating";
    NewPlanCheck => "Cần xem lại", "To check";
    NewPlanSource => "Văn bản gốc: phần được đánh dấu là nhiệm vụ đã đọc", "The source: marked words are the tasks read";
    NewPlanCreate => "Tạo kế hoạch", "Create plan";
    NewPlanDiscard => "Bỏ bản nháp", "Discard the draft";
    FirstRunOwnPlan => "Ứng dụng mở sẵn Kế hoạch 61/KH-UBND làm mẫu để làm quen. Cơ quan bạn theo dõi một kế hoạch khác?", "The app opens Kế hoạch 61/KH-UBND as a sample to get to know it. Does your office monitor another plan?";
    FirstRunNewPlan => "Tạo kế hoạch mới từ văn bản của nó", "Make a new plan from its text";
    NewPlanBlank => "Bắt đầu từ kế hoạch trống", "Start a blank plan";
    NewPlanKept => "Bản nháp được lưu sau mỗi thay đổi: tải lại trang, đóng thẻ hay mở thẻ khác đều không mất gì. Chưa có gì thay đổi trong kế hoạch đang theo dõi cho đến khi bấm Tạo kế hoạch.", "The draft is saved after every change: a reload, a closed tab or a second tab loses nothing. The plan you track does not change until you press Create plan.";
    NewPlanUndo => "Hoàn tác sửa đổi", "Undo the change";
    NewPlanPrint => "In danh sách kiểm tra", "Print the checklist";
    NewPlanHeader => "Thông tin văn bản", "The document";
    NewPlanKind => "Loại văn bản", "Kind of document";
    NewPlanNumberField => "Số, ký hiệu", "Number and symbol";
    NewPlanDateField => "Ngày ban hành (dd/mm/yyyy)", "Date issued (dd/mm/yyyy)";
    NewPlanPlace => "Địa danh", "Place";
    NewPlanTitleField => "Trích yếu", "Title";
    NewPlanAuthority => "Thẩm quyền ký (mỗi dòng một dòng in)", "Signing authority (one printed line each)";
    NewPlanSignerTitle => "Chức vụ người ký", "Signer's title";
    NewPlanParents => "Văn bản căn cứ", "Documents cited";
    NewPlanRemove => "Xóa", "Remove";
    NewPlanTaskEdit => "Sửa nhiệm vụ đã chọn", "Edit the chosen task";
    NewPlanPick => "Chọn một nhiệm vụ trong bảng (bấm số thứ tự) để sửa tên, số, đơn vị, thời gian hay vị trí của nó.", "Choose a task in the table (press its number) to edit its title, number, units, timeframe or place.";
    NewPlanTaskNumber => "Số thứ tự", "Number";
    NewPlanTaskTitle => "Tên nhiệm vụ", "Task";
    NewPlanSave => "Lưu", "Save";
    TreeUp => "Lên trên", "Move up";
    TreeDown => "Xuống dưới", "Move down";
    TreeIndent => "Thành nhiệm vụ con của mục trên", "Make it a sub-task of the one above";
    TreeOutdent => "Lùi ra một cấp", "Move out one level";
    TreeSplit => "Tách tại con trỏ", "Split at the cursor";
    TreeMerge => "Gộp với nhiệm vụ sau", "Merge with the next task";
    TreeLeaf => "Bỏ cấp con (thành nhiệm vụ báo cáo)", "Lift its sub-tasks (a task to report on)";
    TreeDelete => "Xóa nhiệm vụ", "Delete the task";
    TreeAddAfter => "Thêm nhiệm vụ sau", "Add a task after";
    TreeAddChild => "Thêm nhiệm vụ con", "Add a sub-task";
    TreeNewTitle => "Nhiệm vụ mới", "New task";
    NewPlanAssignees => "Đơn vị thực hiện", "Units";
    NewPlanAssignName => "Giao thêm đơn vị (gõ tên, ví dụ Sở TT&TT)", "Assign another unit (type its name, e.g. Sở TT&TT)";
    NewPlanAssign => "Giao", "Assign";
    NewPlanTimeframeSave => "Lưu thời gian", "Save the timeframe";
    NewPlanConfirm => "Đã xem, giữ nguyên", "Checked, keep it";
    NewPlanDirectory => "Đơn vị và nhóm", "Units and groups";
    NewPlanGroupMembers => "Thành viên của nhóm", "The group's members";
    NewPlanRegime => "Đơn vị theo dõi và chế độ báo cáo", "Monitoring unit and reporting";
    NewPlanMonitoringName => "Đơn vị theo dõi, tổng hợp (gõ tên)", "Monitoring unit (type its name)";
    NewPlanRegimeKinds => "Các kỳ báo cáo", "Reporting periods";
    NewPlanFromYear => "Báo cáo từ năm", "Reporting from the year";
    NewPlanDueDay => "Hạn: ngày … của tháng cuối kỳ", "Due: day … of the period's last month";
    NewPlanNotReady => "Chưa tạo được: kế hoạch cần ít nhất một nhiệm vụ cần báo cáo.", "Cannot create yet: the plan needs at least one task to report on.";
    NewPlanChecked => "Không còn điều gì cần xem lại.", "Nothing left to check.";
    NewPlanSection => "mục", "section";
    PeriodMonthly => "Tháng", "Monthly";
    PeriodQuarterly => "Quý", "Quarterly";
    PeriodHalf => "6 tháng", "Half-year";
    PeriodNine => "9 tháng", "Nine months";
    PeriodYearly => "Năm", "Yearly";
    ImportTitle => "Nhập tệp kế hoạch, báo cáo, sao lưu", "Import plan, report and backup files";
    ImportIntro => "Chọn hoặc kéo thả một hay nhiều tệp .json nhận qua thư điện tử. Ứng dụng kiểm tra từng tệp và cho xem trước; chưa có gì thay đổi cho đến khi bấm Áp dụng.", "Pick or drop one or more .json files received by email. Each file is checked and previewed; nothing changes until you press Apply.";
    ImportPick => "Chọn tệp…", "Choose files…";
    ImportDrop => "hoặc kéo thả tệp vào đây", "or drop files here";
    ImportReading => "Đang đọc tệp…", "Reading files…";
    ImportFile => "Tệp", "File";
    ImportKind => "Loại", "Kind";
    ImportSender => "Đơn vị gửi", "Sender";
    ImportPeriod => "Kỳ báo cáo", "Period";
    AskAgainTitle => "Tệp cần đề nghị gửi lại", "Files to ask for again";
    AskAgainIntro => "Các tệp này không nhập được. Soạn thư đề nghị đơn vị gửi lại; bấm Đã đề nghị khi đã gửi thư.", "These files could not be imported. Draft an email asking the unit to send it again; press Asked once it is sent.";
    AskAgainEmail => "Soạn thư đề nghị gửi lại", "Draft the request";
    AskAgainDone => "Đã đề nghị", "Asked";
    AskAgainUnknown => "(không rõ đơn vị)", "(unit unknown)";
    ImportResult => "Kết quả kiểm tra", "Check";
    ImportEmpty => "không có báo cáo nào", "no reports in it";
    ImportApply => "Áp dụng", "Apply";
    ImportCancel => "Hủy", "Cancel";
    ImportApplied => "Có thể hoàn tác lần nhập này cho đến khi đóng trang.", "You can undo this import until the page is closed.";
    ImportBackupHint => "Cập nhật không làm mất dữ liệu và có thể hoàn tác cho đến khi đóng trang; muốn giữ trạng thái hiện tại lâu hơn, hãy tải bản sao lưu trước.", "Updating loses nothing and can be undone until the page is closed; to keep the current state for longer, download a backup first.";
    ImportDone => "Đã nhập xong.", "Imported.";
    ImportSeeDashboard => "Xem tổng quan", "See the dashboard";
    ImportUndo => "Hoàn tác lần nhập", "Undo the import";
    ImportUndone => "Đã khôi phục dữ liệu như trước lần nhập.", "Restored the data as it was before the import.";
    ImportNothing => "Không có thay đổi nào để áp dụng.", "Nothing to apply.";
    KindPlanFile => "Kế hoạch", "Plan";
    KindReportFile => "Báo cáo", "Report";
    KindBackupFile => "Sao lưu", "Backup";
    PlanSwitched => "chuyển sang kế hoạch này", "switches to this plan";
    PlanSame => "kế hoạch không đổi", "plan unchanged";
    PlanOlder => "bản kế hoạch cũ hơn (bỏ qua)", "older plan revision (skipped)";
    PlanConflict => "cùng bản sửa đổi nhưng khác nội dung", "same revision, different content";
    BackupRestores => "khôi phục toàn bộ dữ liệu từ bản sao lưu", "restores everything from the backup";
    PlanSwitchKeeps => "kế hoạch đang mở được cất lại trong trình duyệt (Cài đặt → Các kế hoạch)", "the open plan is put away in this browser (Settings → Plans)";
    ShelfOpenHint => "rồi xem lại các tệp này", "and weigh these files again";
    OtherPlans => "kế hoạch khác", "other plans";
    OtherPlan => "kế hoạch khác", "other plan";
    ShelfTitle => "Các kế hoạch trong trình duyệt này", "Plans in this browser";
    ShelfHint => "Mỗi lần chỉ mở một kế hoạch. Nhập tệp của kế hoạch khác ở Nhập tệp: kế hoạch đang mở được cất lại ở đây, cùng mọi báo cáo của nó, và mở lại được bất cứ lúc nào.", "One plan is open at a time. Import another plan's file on the Import screen: the open plan is put away here with all its reports, to be opened again at any time.";
    ShelfOpenNow => "đang mở", "open";
    ShelfOpen => "Mở", "Open";
    ShelfDownload => "Tải bản sao lưu", "Download backup";
    ShelfDelete => "Xóa", "Delete";
    ShelfDeleteConfirm => "Xóa hẳn kế hoạch này cùng mọi báo cáo của nó khỏi trình duyệt? Nên tải bản sao lưu trước.", "Delete this plan and all its reports from this browser for good? Download its backup first.";
    ShelfDeleteYes => "Xóa hẳn", "Delete for good";
    ShelfDeleteNo => "Thôi", "Keep it";
    ShelfNotWritten => "Không cất được kế hoạch đang mở vào bộ nhớ trình duyệt (có thể đã đầy), nên chưa chuyển kế hoạch. Hãy tải bản sao lưu, xóa bớt dữ liệu rồi thử lại.", "Could not put the open plan away in the browser's storage (it may be full), so the plan was not switched. Download a backup, free some room and try again.";
    ShelfNotOpened => "Bộ nhớ trình duyệt không đủ chỗ để mở kế hoạch này, nên kế hoạch đang mở vẫn được giữ nguyên. Hãy tải bản sao lưu, xóa bớt kế hoạch đã cất rồi thử lại.", "The browser's storage has no room to open this plan, so the open plan stays as it was. Download a backup, delete a plan put away and try again.";
    HealthPlanElsewhere => "Một thẻ khác đã mở kế hoạch khác, và phần chưa lưu của thẻ này không cất được vào kế hoạch của nó. Trang này ngừng lưu; hãy tải bản sao lưu rồi tải lại trang.", "Another tab opened another plan, and this tab's unsaved work could not be put onto its own plan. This page stopped saving; download a backup, then reload the page.";
    WarnBom => "tệp có dấu BOM (đã bỏ qua)", "the file has a byte order mark (ignored)";
    SendReport => "Gửi báo cáo kỳ này", "Send this period's report";
    SendReportHint => "Tải tệp báo cáo rồi đính kèm vào thư gửi đơn vị theo dõi.", "Download the report file, then attach it to an email to the monitoring unit.";
    SendEmail => "Soạn thư điện tử", "Compose email";
    SendDownload => "Tải tệp báo cáo", "Download the report file";
    SendItself => "Đơn vị bạn là đơn vị theo dõi kế hoạch, nên không có thư gửi cho chính mình: nếu việc tổng hợp làm trên trình duyệt này, báo cáo đã nằm sẵn trong số liệu; nếu một người khác trong đơn vị tổng hợp, chuyển tệp này cho họ để nhập ở trang Nhập tệp.", "Your unit monitors the plan, so there is no email to itself: if the compiling is done in this browser, the report is already in its figures; if a colleague compiles, hand them this file to import on the Import page.";
    SendPlanEmail => "Soạn thư gửi các đơn vị", "Compose email to units";
    ConflictTitle => "Có phiên bản khác cùng lần sửa (xung đột)", "Other versions at the same revision (conflict)";
    ConflictHint => "Hai bản báo cáo khác nhau mang cùng số lần sửa. Đơn vị sở hữu chọn bản đúng; các trình duyệt khác đều đang hiện bản trên.", "Two different versions carry the same revision. The owning unit picks the right one; every browser shows the one above until then.";
    ConflictChoose => "Dùng bản này", "Use this version";
    NavDashboard => "Tổng quan", "Dashboard";
    NavLabel => "Điều hướng", "Navigation";
    ColumnAction => "Thao tác", "Action";
    DashboardTitle => "Tổng quan tiến độ", "Progress dashboard";
    DataTable => "Bảng số liệu", "Data table";
    Print => "In (A4)", "Print (A4)";
    AmendTaskTitle => "Thêm nhiệm vụ", "Add a task";
    AmendTaskHint => "Sửa đổi kế hoạch: nhiệm vụ mới được báo cáo từ kỳ hiện tại; các kỳ trước giữ nguyên. Sau khi sửa, gửi lại tệp kế hoạch cho các đơn vị (nút bên dưới). Ctrl+Z hoàn tác.", "Amending the plan: a new task is reported from the current period on; earlier periods stay as they were. Afterwards, send the plan file to the units again (the button below). Ctrl+Z undoes.";
    AmendParent => "Thuộc", "Under";
    AmendTopLevel => "Nhiệm vụ mới ở cấp đầu", "A new top-level task";
    AmendTaskName => "Tên nhiệm vụ, số", "Task name, number";
    AmendCoordinating => "Đơn vị phối hợp", "Coordinating units";
    AmendTasksTitle => "Sửa nhiệm vụ", "Amend a task";
    AmendTasksHint => "Sửa tên một nhiệm vụ (số thứ tự và các báo cáo giữ nguyên), đổi thời gian thực hiện (nhiệm vụ có hạn được theo dõi đúng hạn, quá hạn), giao thêm nhiệm vụ cho một đơn vị (báo cáo từ kỳ có ngày bắt đầu), hoặc thôi giao cho một đơn vị từ một ngày (các kỳ bắt đầu từ ngày đó không còn báo cáo); các kỳ trước giữ nguyên.", "Correct a task's title (its number and reports stay), change its timeframe (a task with a deadline is followed as on time or overdue), give the task to one more unit (it reports from the period holding the day it starts), or release a unit from it from a day (periods starting that day or later owe nothing from it); earlier periods stay as they were.";
    AmendRetitle => "Đổi tên nhiệm vụ", "Rename the task";
    AmendNewTitle => "Tên mới", "New title";
    AmendAssign => "Giao thêm cho đơn vị", "Give to one more unit";
    AmendStartsOn => "Báo cáo từ ngày", "Reports from";
    AmendTakeOut => "Bỏ phần đã bổ sung", "Take back an addition";
    AmendRemoveTask => "Bỏ nhiệm vụ này khỏi kế hoạch", "Take this task out of the plan";
    AmendUnassign => "Thôi giao cho đơn vị", "Take the task off a unit";
    AmendTakeOutHint => "Chỉ bỏ được nhiệm vụ hoặc đơn vị đã bổ sung bằng một lần sửa đổi, khi chưa có báo cáo nào về đó.", "Only a task or a unit an amendment added can be taken out, and only before anyone has reported on it.";
    AmendNeedTask => "Cần chọn nhiệm vụ.", "Choose a task.";
    AmendTaskAdd => "Thêm nhiệm vụ vào kế hoạch", "Add the task to the plan";
    AmendChoose => "— Chọn —", "— Choose —";
    AmendNeedLead => "Cần chọn đơn vị chủ trì.", "Choose the lead unit.";
    AmendNeedUnit => "Cần chọn đơn vị.", "Choose a unit.";
    AmendUnitsTitle => "Sửa danh mục đơn vị", "Amend the unit directory";
    AmendUnitsHint => "Đơn vị mới, đổi tên, hoặc kết thúc hoạt động (sáp nhập): công việc từ ngày hôm sau chuyển cho đơn vị kế thừa; các kỳ trước giữ nguyên báo cáo. Đơn vị đã kết thúc mà chưa có đơn vị kế thừa (như các UBND huyện, đến 30/06/2025) thì công việc dừng lại: thêm đơn vị mới rồi chỉ định kế thừa ở mục cuối.", "A new unit, a new name, or a unit that ends (a merger): its work passes to the successor from the next day; earlier periods keep their reports. A unit that ended with no successor (such as the district committees, until 30/06/2025) leaves its work undone: add the new unit, then name it as successor in the last form.";
    AmendUnitAdd => "Thêm đơn vị", "Add a unit";
    AmendUnitRename => "Đổi tên", "Rename";
    AmendUnitEnd => "Kết thúc, chuyển cho đơn vị kế thừa", "End, pass to a successor";
    AmendFrom => "Hoạt động từ ngày", "Exists from";
    AmendUnitInherit => "Thêm đơn vị kế thừa cho đơn vị đã kết thúc", "Add a successor to a unit that has ended";
    AmendEnded => "Đơn vị đã kết thúc", "Unit that has ended";
    AmendLastDay => "Ngày cuối hoạt động", "Last day";
    AmendUnitEmail => "Ghi địa chỉ thư điện tử", "Set email addresses";
    AmendEmailHint => "Một hay nhiều địa chỉ, cách nhau bằng dấu phẩy; để trống để xóa. Thư nhắc, thư gửi kế hoạch và thư gửi báo cáo tự điền các địa chỉ này.", "One or more addresses, separated by commas; empty to clear. Reminders, the plan's email and report emails are addressed to them.";
    ReportUpDocx => "Báo cáo (.docx)", "Report (.docx)";
    ReportUpXlsx => "Phụ lục (.xlsx)", "Annex (.xlsx)";
    ReportUpHint => "Dự thảo báo cáo kết quả thực hiện của kỳ đang chọn, theo thể thức Nghị định 30/2020/NĐ-CP, cho toàn bộ kế hoạch: điền số văn bản và người ký trước khi trình ký.", "Draft of the chosen period's results report for the whole plan, in the layout of Decree 30/2020/NĐ-CP (in Vietnamese): add the document number and the signer before signing.";
    ChartOverall => "Tình trạng chung", "Overall status";
    ChartTasks => "Tiến độ theo nhiệm vụ", "Progress by task";
    ChartTasksDesc => "Mỗi thanh là một nhiệm vụ, chia theo trạng thái; số bên phải là tỷ lệ hoàn thành: nội dung đã triển khai hoặc không phát sinh trên số nội dung phải báo cáo.", "One bar per task, split by status; the figure on the right is the completion rate: reports done or with nothing arising, over the reports owed.";
    ChartTasksHow => "Bấm vào thanh để mở bảng công việc lọc theo nhiệm vụ đó.", "Click a bar to open the board filtered on that task.";
    ChartUnits => "Báo cáo và hoàn thành theo đơn vị", "Reporting and completion by unit";
    ChartUnitsDesc => "Số báo cáo đúng hạn, muộn và chưa báo cáo của từng đơn vị; số bên phải là tỷ lệ đã báo cáo (đúng hạn hoặc muộn) trên số nội dung phải báo cáo. Tỷ lệ hoàn thành của từng đơn vị ở bảng số liệu.", "Reports on time, late and missing per unit; the figure on the right is the share reported (on time or late) of the reports owed. Each unit's completion rate is in the data table.";
    ChartMatrix => "Ma trận đơn vị × nhiệm vụ", "Unit × task matrix";
    ChartMatrixDesc => "Mỗi ô là trạng thái báo cáo của một đơn vị cho một nhiệm vụ (chữ: · chưa báo cáo, C chưa triển khai, Đ đang triển khai, X đã triển khai, K không phát sinh, ! có vướng mắc).", "Each cell is a unit's status on a task (letters: · not reported, N not started, P in progress, D done, – nothing arose, ! blocked).";
    ChartMatrixHow => "Bấm ô (hoặc Enter) để mở báo cáo, phím mũi tên để sang ô khác.", "Click a cell (or press Enter) to open the report, arrow keys to move between cells.";
    ChartTrend => "Xu hướng qua các kỳ", "Trend over periods";
    ChartTrendDesc => "Tỷ lệ đã báo cáo và tỷ lệ hoàn thành của từng kỳ báo cáo.", "Share reported and share complete in each period.";
    ColumnCount => "Số lượng", "Count";
    ColumnShare => "Tỷ lệ", "Share";
    ColumnTotal => "Tổng", "Total";
    ColumnTask => "Nhiệm vụ", "Task";
    ColumnUnit => "Đơn vị", "Unit";
    ColumnPeriod => "Kỳ", "Period";
    OnTime => "Đúng hạn", "On time";
    Late => "Muộn", "Late";
    Missing => "Chưa báo cáo", "Not reported";
    CompletePct => "Hoàn thành (%)", "Complete (%)";
    ReportedPct => "Đã báo cáo (%)", "Reported (%)";
    IndicatorsTitle => "Chỉ tiêu so với mục tiêu", "Indicators against targets";
    BudgetNone => "Chưa có đơn vị nào ghi kinh phí trong kỳ.", "No unit has stated its funding this period.";
    BudgetAmount => "Số tiền (đồng)", "Amount (dong)";
    BudgetTotal => "Tổng cộng", "Total";
    BudgetReports => "Số báo cáo ghi kinh phí", "Reports stating an amount";
    BudgetRequests => "Đề nghị bổ sung kinh phí", "Further funding requested";
    FundingUnstated => "Chưa ghi nguồn", "Source not stated";
    IndicatorsNone => "Kế hoạch chưa đặt chỉ tiêu định lượng cho nhiệm vụ nào.", "The plan sets no quantitative indicator.";
    IndicatorTarget => "Mục tiêu", "Target";
    IndicatorActual => "Thực hiện", "Actual";
    IndicatorUnits => "Số đơn vị báo cáo", "Units reporting";
    RemarksTitle => "Khó khăn, vướng mắc và đề xuất các đơn vị nêu", "Difficulties and proposals the units noted";
    RemarksNone => "Chưa đơn vị nào nêu khó khăn hay đề xuất trong kỳ.", "No unit noted a difficulty or a proposal this period.";
    ShowFewer => "Thu gọn", "Show fewer";
    LaggardsTitle => "Đơn vị chưa báo cáo", "Units that have not reported";
    LaggardsNone => "Mọi đơn vị đã báo cáo đủ.", "Every unit has reported.";
    LaggardsDue => "Hạn báo cáo", "Due";
    Remind => "Soạn thư đôn đốc", "Draft a reminder";
    RemindAll => "Soạn một thư đôn đốc tất cả", "Draft one reminder to all";
    DataSourceEmpty => "Trình duyệt này chưa có báo cáo nào của các đơn vị, nên các số liệu đều bằng 0. Số liệu ở đây chỉ gồm những gì đã nhập vào trình duyệt này: đơn vị theo dõi nhập tệp báo cáo các đơn vị gửi qua thư điện tử; lãnh đạo nhập bản sao lưu đơn vị theo dõi gửi. Nhập tệp ở trang", "This browser holds no unit's report yet, so every figure is 0. The figures here are only what was imported into this browser: the monitoring unit imports the report files units email; a leader imports the backup the monitoring unit sends. Import files on the page";
    RemindNoAddress => "Chưa đơn vị nào trong danh sách có địa chỉ thư điện tử: thư đôn đốc sẽ không có người nhận. Ghi địa chỉ ở trang", "No unit in the list has an email address: a reminder would have nobody to go to. Add addresses on the page";
    NotYetReported => "Đơn vị chưa gửi báo cáo này.", "The unit has not sent this report yet.";
    RemindAllHint => "Gửi ẩn danh (BCC) tới địa chỉ thư của các đơn vị trên, mỗi đơn vị kèm các nhiệm vụ chưa báo cáo.", "Sent in blind copy to the units' addresses above, each named with the tasks it has not reported.";
    Crash => "Ứng dụng gặp lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn; hãy tải lại trang.", "The app hit an unexpected error. Saved data is safe; reload the page.";
}

pub fn role(role: Role) -> Key {
    match role {
        Role::Lead => Key::RoleLead,
        Role::Coordinate => Key::RoleCoordinate,
        Role::Implement => Key::RoleImplement,
        Role::Guide => Key::RoleGuide,
    }
}

pub fn period_kind(kind: PeriodKind) -> Key {
    match kind {
        PeriodKind::Month => Key::PeriodMonthly,
        PeriodKind::Quarter => Key::PeriodQuarterly,
        PeriodKind::HalfYear => Key::PeriodHalf,
        PeriodKind::NineMonths => Key::PeriodNine,
        PeriodKind::Year => Key::PeriodYearly,
    }
}

/// A reporting regime as a rule, not a list of periods: which periods,
/// from which year to which (or with no end), and when a report is due.
/// "6 tháng, Năm; từ năm 2024, không hạn kết thúc; hạn nộp ngày 15 của
/// tháng cuối kỳ".
pub fn regime_words(language: Language, regime: &Regime) -> String {
    let kinds = regime
        .kinds
        .iter()
        .map(|k| t(language, period_kind(*k)))
        .collect::<Vec<_>>()
        .join(", ");
    let from = regime.from_year;
    match language {
        Language::Vietnamese => {
            let years = match regime.to_year {
                Some(to) if to > from => format!("từ năm {from} đến năm {to}"),
                Some(_) => format!("năm {from}"),
                None => format!("từ năm {from}, đến khi kế hoạch kết thúc"),
            };
            let due = match regime.due {
                DueRule::DayOfLastMonth { day } => format!("ngày {day} của tháng cuối kỳ"),
                DueRule::DaysAfterEnd { days } => format!("{days} ngày sau khi hết kỳ"),
            };
            format!("{kinds}; {years}; hạn nộp {due}")
        }
        Language::English => {
            let years = match regime.to_year {
                Some(to) if to > from => format!("from {from} to {to}"),
                Some(_) => format!("in {from}"),
                None => format!("from {from}, until the plan ends"),
            };
            let due = match regime.due {
                DueRule::DayOfLastMonth { day } => {
                    format!("on day {day} of the period's last month")
                }
                DueRule::DaysAfterEnd { days } => format!("{days} days after the period ends"),
            };
            format!("{kinds}; {years}; due {due}")
        }
    }
}

pub fn status(status: Status) -> Key {
    match status {
        Status::NotReported => Key::StatusNotReported,
        Status::NotStarted => Key::StatusNotStarted,
        Status::InProgress => Key::StatusInProgress,
        Status::Done => Key::StatusDone,
        Status::NothingArose => Key::StatusNothingArose,
        Status::Blocked => Key::StatusBlocked,
    }
}

pub fn evidence_kind(kind: EvidenceKind) -> Key {
    match kind {
        EvidenceKind::Document => Key::EvidenceDocument,
        EvidenceKind::Article => Key::EvidenceArticle,
        EvidenceKind::Event => Key::EvidenceEvent,
        EvidenceKind::Training => Key::EvidenceTraining,
        EvidenceKind::Link => Key::EvidenceLinkKind,
        EvidenceKind::Other => Key::EvidenceOther,
    }
}

pub fn funding(source: Funding) -> Key {
    match source {
        Funding::Regular => Key::FundingRegular,
        Funding::NonRegular => Key::FundingNonRegular,
        Funding::Other => Key::FundingOther,
    }
}

pub fn deadline(state: DeadlineState) -> Key {
    match state {
        DeadlineState::DoneOnTime => Key::DeadlineDoneOnTime,
        DeadlineState::DoneLate => Key::DeadlineDoneLate,
        DeadlineState::InTime => Key::DeadlineInTime,
        DeadlineState::Overdue => Key::DeadlineOverdue,
    }
}

pub fn unit_kind(kind: UnitKind) -> Key {
    match kind {
        UnitKind::Department => Key::KindDepartment,
        UnitKind::District => Key::KindDistrict,
        UnitKind::Press => Key::KindPress,
        UnitKind::PartyBody => Key::KindParty,
        UnitKind::Enterprise => Key::KindEnterprise,
        UnitKind::Other => Key::KindOther,
    }
}

/// The printed dashboard's first line: which plan, and as of when
/// (`today`), since the page's header is not printed.
pub fn print_source(language: Language, plan: &DocumentRef, today: Date) -> String {
    match language {
        Language::Vietnamese => format!(
            "{} số {} ngày {} của {} — số liệu đến ngày {}.",
            plan.kind,
            plan.number,
            plan.date.dmy(),
            plan.issuer,
            today.dmy()
        ),
        Language::English => format!(
            "{} No. {} of {}, {} — figures as of {}.",
            plan.kind,
            plan.number,
            plan.date.dmy(),
            plan.issuer,
            today.dmy()
        ),
    }
}

/// Why a unit's board is empty in a period after it ended (a 2025 merger),
/// and who carries its work.
pub fn unit_ended(language: Language, unit: &str, last: Date, successors: &str) -> String {
    match (language, successors.is_empty()) {
        (Language::Vietnamese, false) => format!(
            "{unit} kết thúc hoạt động ngày {}; công việc từ đó do {successors} đảm nhận. Chọn kỳ báo cáo trước ngày này, hoặc đổi hồ sơ.",
            last.dmy()
        ),
        (Language::Vietnamese, true) => format!(
            "{unit} kết thúc hoạt động ngày {}. Chọn kỳ báo cáo trước ngày này, hoặc đổi hồ sơ.",
            last.dmy()
        ),
        (Language::English, false) => format!(
            "{unit} ceased on {}; its work has since been with {successors}. Pick an earlier period, or change the profile.",
            last.dmy()
        ),
        (Language::English, true) => format!(
            "{unit} ceased on {}. Pick an earlier period, or change the profile.",
            last.dmy()
        ),
    }
}

/// Storage filling up: how much of the quota is used (`percent` as written
/// in the language, "84,2").
pub fn storage_nearly_full(language: Language, percent: &str) -> String {
    match language {
        Language::Vietnamese => format!("Bộ nhớ trình duyệt của trang này đã dùng {percent}%."),
        Language::English => format!("This site has used {percent}% of its browser storage."),
    }
}

/// `n` and a noun, the English noun in the singular for one.
fn count_en(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// How many units a list shows: "38 đơn vị", "1 unit".
pub fn units_count(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => format!("{n} đơn vị"),
        Language::English => count_en(n, "unit", "units"),
    }
}

/// The plan's leaf tasks: "7 nhiệm vụ cụ thể", "1 leaf task".
pub fn leaf_tasks(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => format!("{n} nhiệm vụ cụ thể"),
        Language::English => count_en(n, "leaf task", "leaf tasks"),
    }
}

/// The board's count: "7 thẻ đang hiển thị trên 235", "1 of 235 cards shown".
pub fn cards_shown(language: Language, shown: usize, total: usize) -> String {
    match language {
        Language::Vietnamese => format!("{shown} thẻ đang hiển thị trên {total}"),
        Language::English if total == 1 => format!("{shown} of 1 card shown"),
        Language::English => format!("{shown} of {total} cards shown"),
    }
}

/// A task's reports in a period: "3/7 đã báo cáo · 42,9% hoàn thành".
pub fn task_tally(
    language: Language,
    reported: usize,
    total: usize,
    complete_percent: &str,
) -> String {
    match language {
        Language::Vietnamese => {
            format!("{reported}/{total} đã báo cáo · {complete_percent}% hoàn thành")
        }
        Language::English => format!("{reported}/{total} reported · {complete_percent}% complete"),
    }
}

/// A period's due date on the board: "hạn báo cáo 15/06/2024".
pub fn report_due(language: Language, due: Date) -> String {
    match language {
        Language::Vietnamese => format!("hạn báo cáo {}", due.dmy()),
        Language::English => format!("report due {}", due.dmy()),
    }
}

/// A deadline timeframe: "Trước ngày 30/06/2024", "By 30/06/2024".
pub fn deadline_by(language: Language, date: Date) -> String {
    match language {
        Language::Vietnamese => format!("Trước ngày {}", date.dmy()),
        Language::English => format!("By {}", date.dmy()),
    }
}

/// When the last backup was downloaded (`day`, dd/mm/yyyy) and whether the
/// data changed since.
pub fn backup_age(language: Language, day: &str, changed_since: bool) -> String {
    match (language, changed_since) {
        (Language::Vietnamese, false) => format!("Bản sao lưu gần nhất: {day}."),
        (Language::Vietnamese, true) => {
            format!("Bản sao lưu gần nhất: {day}; dữ liệu đã thay đổi sau đó, nên tải bản mới.")
        }
        (Language::English, false) => format!("Last backup: {day}."),
        (Language::English, true) => {
            format!("Last backup: {day}; the data changed since: download a new one.")
        }
    }
}

/// Late units without an email address, whom "remind all" does not reach.
pub fn without_email(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => {
            format!("{n} đơn vị chưa có địa chỉ thư (thêm ở Đơn vị) sẽ không nhận được thư này.")
        }
        Language::English if n == 1 => {
            "1 unit has no email address yet (add it under Units) and will not receive it."
                .to_owned()
        }
        Language::English => format!(
            "{n} units have no email address yet (add them under Units) and will not receive it."
        ),
    }
}

/// Since when: "từ 01/03/2025", "from 01/03/2025".
pub fn from_day(language: Language, day: Date) -> String {
    match language {
        Language::Vietnamese => format!("từ {}", day.dmy()),
        Language::English => format!("from {}", day.dmy()),
    }
}

/// Until when: "đến 30/06/2025", "until 30/06/2025".
pub fn until_day(language: Language, day: Date) -> String {
    match language {
        Language::Vietnamese => format!("đến {}", day.dmy()),
        Language::English => format!("until {}", day.dmy()),
    }
}

/// A task an amendment added: "bổ sung ngày 01/03/2025".
pub fn added_on(language: Language, day: Date) -> String {
    match language {
        Language::Vietnamese => format!("bổ sung ngày {}", day.dmy()),
        Language::English => format!("added on {}", day.dmy()),
    }
}

/// A plan file's effect in the import: "thay kế hoạch bằng bản sửa đổi 2".
pub fn plan_replaced(language: Language, revision: u32) -> String {
    match language {
        Language::Vietnamese => format!("thay kế hoạch bằng bản sửa đổi {revision}"),
        Language::English => format!("replaces the plan with revision {revision}"),
    }
}

/// On paper, what the screen's short list left out.
pub fn remarks_not_printed(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => format!(
            "{n} mục khác không in ra: bấm “Xem tất cả” trước khi in để in đủ; Báo cáo (.docx) có đủ các mục."
        ),
        Language::English => format!(
            "{n} more not printed: press “Show all” before printing to print them all; the Report (.docx) holds them all."
        ),
    }
}

/// How much of the browser's storage the site uses (numbers as the language
/// writes them): "Dữ liệu Tiến Độ đang dùng 74.153 trên khoảng 5.241.856 ký tự (1,4%)".
pub fn storage_used(language: Language, used: &str, quota: &str, percent: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Dữ liệu Tiến Độ đang dùng {used} trên khoảng {quota} ký tự ({percent}%).")
        }
        Language::English => {
            format!("Tiến Độ data uses {used} of about {quota} characters ({percent}%).")
        }
    }
}

/// How much the app's own data takes (a number as the language writes it).
pub fn app_uses(language: Language, units: &str) -> String {
    match language {
        Language::Vietnamese => format!("Tiến Độ đang dùng {units} ký tự."),
        Language::English => format!("Tiến Độ uses {units} characters."),
    }
}

/// Damaged stored data, copied under `key` before anything was written.
pub fn set_aside(language: Language, key: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Dữ liệu lưu bị hỏng đã được cất riêng trước khi ghi: {key}")
        }
        Language::English => format!("Damaged stored data was set aside before writing: {key}"),
    }
}

/// A unit's report file, downloaded under `name`.
pub fn report_downloaded(language: Language, name: &str) -> String {
    match language {
        Language::Vietnamese => format!("Đã tải tệp báo cáo: {name}"),
        Language::English => format!("Report file downloaded: {name}"),
    }
}

/// The report up's draft, downloaded under `name`.
pub fn draft_downloaded(language: Language, name: &str) -> String {
    match language {
        Language::Vietnamese => format!("Đã tải dự thảo: {name}"),
        Language::English => format!("Draft downloaded: {name}"),
    }
}

/// A unit released from a task from `day` (dd/mm/yyyy).
pub fn released_from(language: Language, unit: &str, day: &str) -> String {
    match language {
        Language::Vietnamese => format!("{unit} (thôi từ {day})"),
        Language::English => format!("{unit} (released from {day})"),
    }
}

/// The monitoring unit the plan names, and who monitors now (after a merger).
pub fn monitoring_now(language: Language, named: &str, now: &str) -> String {
    match language {
        Language::Vietnamese => format!("{named} (nay: {now})"),
        Language::English => format!("{named} (now: {now})"),
    }
}

/// A file refused, and why.
pub fn refused(language: Language, reason: &str) -> String {
    match language {
        Language::Vietnamese => format!("Từ chối: {reason}"),
        Language::English => format!("Refused: {reason}"),
    }
}

/// A file accepted, and what it brings.
pub fn valid(language: Language, what: &str) -> String {
    match language {
        Language::Vietnamese => format!("Hợp lệ: {what}"),
        Language::English => format!("Valid: {what}"),
    }
}

/// A file of a plan put away here (its number).
pub fn refused_shelved(language: Language, number: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("tệp thuộc kế hoạch đang cất trong trình duyệt này: {number}")
        }
        Language::English => {
            format!("the file belongs to a plan put away in this browser: {number}")
        }
    }
}

/// A file of another plan (its id).
pub fn other_plan(language: Language, plan: &str) -> String {
    match language {
        Language::Vietnamese => format!("tệp thuộc kế hoạch khác ({plan})"),
        Language::English => format!("the file belongs to another plan ({plan})"),
    }
}

/// A file made against a newer plan revision than the one open.
pub fn newer_plan(language: Language, found: u32, ours: u32) -> String {
    match language {
        Language::Vietnamese => format!(
            "tệp lập theo bản kế hoạch mới hơn: hãy nhập tệp kế hoạch cập nhật trước ({found} > {ours})"
        ),
        Language::English => format!(
            "made against a newer plan revision: import the plan update first ({found} > {ours})"
        ),
    }
}

/// A plan file another unit than the monitoring unit sent.
pub fn not_monitoring(language: Language, sender: &str) -> String {
    match language {
        Language::Vietnamese => format!("tệp kế hoạch không do đơn vị theo dõi gửi ({sender})"),
        Language::English => format!("a plan file not sent by the monitoring unit ({sender})"),
    }
}

/// Entries of other units in a unit's file, refused.
pub fn refused_entries(language: Language, n: usize, owners: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("{n} mục bị từ chối: không phải của đơn vị gửi ({owners})")
        }
        Language::English if n == 1 => format!("1 entry refused: not the sender's own ({owners})"),
        Language::English => format!("{n} entries refused: not the sender's own ({owners})"),
    }
}

/// Opens a plan put away (its number).
pub fn open_plan(language: Language, number: &str) -> String {
    match language {
        Language::Vietnamese => format!("Mở kế hoạch {number}"),
        Language::English => format!("Open plan {number}"),
    }
}

/// The unit filter's summary: how many units are chosen.
pub fn units_chosen(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => format!("Đơn vị: {n}"),
        Language::English => format!("Units: {n}"),
    }
}

/// Shows every item of a list cut short (how many there are).
pub fn show_all(language: Language, n: usize) -> String {
    match language {
        Language::Vietnamese => format!("Xem tất cả ({n})"),
        Language::English => format!("Show all ({n})"),
    }
}

/// A card moved from the keyboard, said to a screen reader.
pub fn moved_card(language: Language, card: &str, column: &str) -> String {
    match language {
        Language::Vietnamese => format!("Đã chuyển {card} sang cột {column}"),
        Language::English => format!("Moved {card} to column {column}"),
    }
}

/// Fills an empty report from the unit's report of `period` (its label).
pub fn carry_from(language: Language, period: &str) -> String {
    match language {
        Language::Vietnamese => format!("Chép từ báo cáo {period}"),
        Language::English => format!("Copy from the report for {period}"),
    }
}

/// The plan amended: its new revision, and what to do next.
pub fn amended(language: Language, revision: u32) -> String {
    match language {
        Language::Vietnamese => {
            format!("Đã sửa, trong lần sửa {revision} của kế hoạch (chưa gửi).")
        }
        Language::English => format!("Amended, in revision {revision} of the plan (not sent yet)."),
    }
}

/// The bar over the plan and units views while a revision is not sent.
pub fn unsent_revision(language: Language, revision: u32) -> String {
    match language {
        Language::Vietnamese => format!(
            "Lần sửa {revision} của kế hoạch chưa gửi cho các đơn vị. Các thay đổi tiếp theo được gộp vào lần sửa này cho đến khi gửi tệp kế hoạch."
        ),
        Language::English => format!(
            "Revision {revision} of the plan has not been sent to the units. Further changes join it until the plan file is sent."
        ),
    }
}

/// The same bar once the plan file is downloaded.
pub fn revision_sent(language: Language, revision: u32) -> String {
    match language {
        Language::Vietnamese => format!(
            "Đã tải tệp kế hoạch (lần sửa {revision}): đính kèm tệp vào thư gửi các đơn vị. Thay đổi sau đây sẽ là lần sửa {}.",
            revision + 1
        ),
        Language::English => format!(
            "Plan file downloaded (revision {revision}): attach it to an email to the units. The next change will be revision {}.",
            revision + 1
        ),
    }
}

/// A date typed in a form that does not read as dd/mm/yyyy.
/// A day written in the right form that the calendar does not have (31/02)
/// is told apart from a form that is wrong.
pub fn bad_date(language: Language, typed: &str) -> String {
    let well_formed = {
        let parts: Vec<&str> = typed.trim().split('/').collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    match (language, well_formed) {
        (Language::Vietnamese, true) => {
            format!("Ngày “{typed}” không có trên lịch: kiểm tra lại ngày và tháng")
        }
        (Language::Vietnamese, false) => {
            format!("Ngày cần nhập dạng ngày/tháng/năm, ví dụ 31/12/2025: “{typed}”")
        }
        (Language::English, true) => {
            format!("The calendar has no day “{typed}”: check the day and the month")
        }
        (Language::English, false) => {
            format!("Dates are day/month/year, e.g. 31/12/2025: “{typed}”")
        }
    }
}

/// The page's hide and storage events could not be followed (the browser's words).
pub fn page_events_failed(language: Language, detail: &str) -> String {
    match language {
        Language::Vietnamese => format!("Không theo dõi được sự kiện của trang: {detail}"),
        Language::English => format!("Cannot follow the page's events: {detail}"),
    }
}

/// A save that failed for a reason the browser gives.
pub fn not_saved(language: Language, detail: &str) -> String {
    match language {
        Language::Vietnamese => format!("Không lưu được: {detail}"),
        Language::English => format!("Could not save: {detail}"),
    }
}

/// A plan put away under `key` that cannot be read, and why.
pub fn shelf_unreadable(language: Language, key: &str, reason: &str) -> String {
    match language {
        Language::Vietnamese => format!("Không đọc được kế hoạch đã cất {key}: {reason}"),
        Language::English => format!("Cannot read the plan put away at {key}: {reason}"),
    }
}

/// A plan opened from the shelf, and the one it put away.
pub fn shelf_opened(language: Language, opened: &str, put_away: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Đã mở kế hoạch {opened}. Đã cất kế hoạch {put_away} (mở lại trong Cài đặt).")
        }
        Language::English => format!(
            "Opened plan {opened}. Plan {put_away} was put away (open it again in Settings)."
        ),
    }
}

/// Another tab opened another plan: this one follows, its plan put away.
pub fn other_tab_opened(language: Language, put_away: &str) -> String {
    match language {
        Language::Vietnamese => format!(
            "Một thẻ khác vừa mở kế hoạch khác; thẻ này cũng chuyển theo. Đã cất kế hoạch {put_away} (mở lại trong Cài đặt)."
        ),
        Language::English => format!(
            "Another tab opened another plan; this one follows it. Plan {put_away} was put away (open it again in Settings)."
        ),
    }
}

/// A group of units and how many members it has today.
pub fn group_members(language: Language, group: &str, n: usize) -> String {
    match language {
        Language::Vietnamese => format!("{group} ({n} đơn vị)"),
        Language::English => format!("{group} ({})", count_en(n, "unit", "units")),
    }
}

/// A pasted text the reader refused, and why.
pub fn pasted_refused(language: Language, reason: &str) -> String {
    match language {
        Language::Vietnamese => format!("Văn bản đã dán: {reason}."),
        Language::English => format!("The pasted text: {reason}."),
    }
}

/// A file the reader refused, and why.
pub fn file_refused(language: Language, name: &str, reason: &str) -> String {
    match language {
        Language::Vietnamese => format!("Tệp {name}: {reason}."),
        Language::English => format!("File {name}: {reason}."),
    }
}

/// A file the browser could not read.
pub fn file_unreadable(language: Language, name: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Tệp {name}: không đọc được tệp (quá lớn hoặc trình duyệt không cho đọc).")
        }
        Language::English => {
            format!("File {name}: the file could not be read (too large, or the browser refused).")
        }
    }
}

/// What the reader found: `counts` are the tasks, those to report on, the
/// units, the unit groups and the items to check.
pub fn plan_read(language: Language, plan: &str, counts: [usize; 5]) -> String {
    let [tasks, leaves, units, groups, check] = counts;
    match language {
        Language::Vietnamese => format!(
            "{plan}: {tasks} nhiệm vụ ({leaves} nhiệm vụ cần báo cáo), {units} đơn vị, {groups} nhóm đơn vị; {check} điều cần xem lại."
        ),
        Language::English => format!(
            "{plan}: {} ({leaves} to report on), {}, {}; {} to check.",
            count_en(tasks, "task", "tasks"),
            count_en(units, "unit", "units"),
            count_en(groups, "unit group", "unit groups"),
            count_en(check, "item", "items"),
        ),
    }
}

/// An import applied: how many files, and what they brought.
pub fn imported(language: Language, files: usize, what: &str) -> String {
    match language {
        Language::Vietnamese => format!("Đã nhập {files} tệp: {what}."),
        Language::English => format!("Imported {}: {what}.", count_en(files, "file", "files")),
    }
}

/// The import preview's count: files checked and how many are valid.
pub fn files_checked(language: Language, files: usize, valid: usize) -> String {
    let n = |n: usize| crate::domain::number::group_thousands(n as u64, language.marks());
    match language {
        Language::Vietnamese => format!("{} tệp đã kiểm tra: {} hợp lệ", n(files), n(valid)),
        Language::English if files == 1 => format!("1 file checked: {} valid", n(valid)),
        Language::English => format!("{} files checked: {} valid", n(files), n(valid)),
    }
}

/// Files refused in the preview, some of them named.
pub fn files_refused(language: Language, refused: usize, names: &str) -> String {
    let n = crate::domain::number::group_thousands(refused as u64, language.marks());
    match language {
        Language::Vietnamese => format!(", {n} bị từ chối ({names})"),
        Language::English => format!(", {n} refused ({names})"),
    }
}

/// What applying the preview would do.
pub fn when_applied(language: Language, what: &str) -> String {
    match language {
        Language::Vietnamese => format!(". Khi áp dụng: {what}"),
        Language::English => format!(". When applied: {what}"),
    }
}

/// A plan in the list of plans: kind and number, date, reports it holds.
pub fn plan_line(language: Language, plan: &str, date: Date, reports: usize) -> String {
    let n = crate::domain::number::group_thousands(reports as u64, language.marks());
    match language {
        Language::Vietnamese => format!("{plan} · {} · {n} báo cáo", date.dmy()),
        Language::English if reports == 1 => format!("{plan} · {} · 1 report", date.dmy()),
        Language::English => format!("{plan} · {} · {n} reports", date.dmy()),
    }
}

/// A plan put away, with the day it was put away.
pub fn shelved_line(language: Language, plan_line: &str, day: &str) -> String {
    match language {
        Language::Vietnamese => format!("{plan_line} · cất ngày {day}"),
        Language::English => format!("{plan_line} · put away on {day}"),
    }
}

/// A timeframe typed that cannot be read, and an example of its kind.
pub fn bad_timeframe(language: Language, typed: &str, example: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Không đọc được thời hạn “{typed}”: ghi ví dụ {example}")
        }
        Language::English => {
            format!("The timeframe “{typed}” cannot be read: write e.g. {example}")
        }
    }
}

/// The status chart's description: reports owed and reported.
pub fn reports_owed(language: Language, owed: usize, reported: usize, percent: &str) -> String {
    match language {
        Language::Vietnamese => format!(
            "{owed} nhiệm vụ × đơn vị phải báo cáo; đã báo cáo: {reported}/{owed} ({percent}%)."
        ),
        Language::English => {
            format!("{owed} task × unit reports owed; reported: {reported}/{owed} ({percent}%).")
        }
    }
}

/// The host sent the wasm compressed: as sent, and as built.
pub fn delivered_compressed(language: Language, sent: &str, size: &str) -> String {
    match language {
        Language::Vietnamese => {
            format!("Máy chủ gửi tệp chương trình (wasm) đã nén: {sent} / {size}.")
        }
        Language::English => {
            format!("The host sent the program file (wasm) compressed: {sent} / {size}.")
        }
    }
}

/// The host sent the wasm uncompressed, and what a deployer can do.
pub fn delivered_plain(language: Language, size: &str) -> String {
    match language {
        Language::Vietnamese => format!(
            "Máy chủ gửi tệp chương trình (wasm) không nén: {size}; trên đường truyền chậm, trang mở chậm hơn vài giây. Người quản trị máy chủ: hãy cho máy chủ gửi các tệp .br và .gz có sẵn bên cạnh (hướng dẫn triển khai: docs/deploy.md)."
        ),
        Language::English => format!(
            "The host sent the program file (wasm) uncompressed: {size}; on a slow link the page opens seconds later. Host administrators: serve the .br and .gz files beside it (deployment guide: docs/deploy.md)."
        ),
    }
}

/// What an import does to the entries it brings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merged {
    New,
    Updated,
    Unchanged,
    /// Older than what this browser holds: skipped.
    Older,
    /// Another version at the same revision: both kept.
    Conflicts,
}

/// How many entries an import does `kind` to: "14.400 mới", "1 conflict (both kept)".
pub fn merged(language: Language, n: usize, kind: Merged) -> String {
    let count = crate::domain::number::group_thousands(n as u64, language.marks());
    let one = n == 1;
    let (vi, en) = match kind {
        Merged::New => ("mới", "new"),
        Merged::Updated => ("cập nhật", "updated"),
        Merged::Unchanged => ("không đổi", "unchanged"),
        Merged::Older => ("cũ hơn (bỏ qua)", "older (skipped)"),
        Merged::Conflicts if one => ("xung đột (giữ cả hai)", "conflict (both kept)"),
        Merged::Conflicts => ("xung đột (giữ cả hai)", "conflicts (both kept)"),
    };
    match language {
        Language::Vietnamese => format!("{count} {vi}"),
        Language::English => format!("{count} {en}"),
    }
}

/// The draft could not be stored, and why.
pub fn draft_unsaved(language: Language, why: &str) -> String {
    match language {
        Language::Vietnamese => format!("Chưa lưu được bản nháp kế hoạch mới vào trình duyệt ({why}): đừng đóng thẻ này trước khi tạo kế hoạch."),
        Language::English => format!("The new plan's draft could not be stored in the browser ({why}): keep this tab open until the plan is created."),
    }
}

/// "Còn 3 điều cần xem lại" / "3 things to check".
pub fn to_check(language: Language, count: usize) -> String {
    match (language, count) {
        (Language::Vietnamese, _) => format!("Còn {count} điều cần xem lại"),
        (Language::English, 1) => "1 thing to check".into(),
        (Language::English, _) => format!("{count} things to check"),
    }
}

/// "Số liệu từ 12 báo cáo của các đơn vị đã có trong trình duyệt này, cập nhật gần nhất ngày 20/06/2024."
pub fn data_held(language: Language, reports: usize, latest: Option<&str>) -> String {
    match (language, latest) {
        (Language::Vietnamese, Some(day)) => format!(
            "Số liệu từ {reports} báo cáo của các đơn vị đã có trong trình duyệt này, cập nhật gần nhất ngày {day}."
        ),
        (Language::Vietnamese, None) => {
            "Số liệu từ các báo cáo của đơn vị đã có trong trình duyệt này: chưa có báo cáo nào.".into()
        }
        (Language::English, Some(day)) => format!(
            "Figures from the {} this browser holds, last updated on {day}.",
            count_en(reports, "unit report", "unit reports")
        ),
        (Language::English, None) => "Figures from the unit reports this browser holds: none yet.".into(),
    }
}

/// "Báo cáo 6 tháng đầu năm 2024 của Sở Văn hóa, Thể thao và Du lịch"
pub fn send_title(language: Language, unit: &str, period: &str) -> String {
    match language {
        Language::Vietnamese => format!("Báo cáo {period} của {unit}"),
        Language::English => format!("{unit}: report for {period}"),
    }
}

/// What the period's report still lacks.
pub fn send_missing(language: Language, total: usize, missing: usize) -> String {
    match (language, missing) {
        (Language::Vietnamese, 0) => format!("Đủ {total}/{total} nhiệm vụ đã báo cáo, có kết quả."),
        (Language::Vietnamese, _) => format!(
            "Còn {missing}/{total} nhiệm vụ chưa báo cáo hoặc chưa ghi kết quả (đánh dấu bên dưới): có thể vẫn gửi, đơn vị theo dõi sẽ thấy các nhiệm vụ này còn thiếu."
        ),
        (Language::English, 0) => format!("All {total} tasks reported, each with its result."),
        (Language::English, _) => format!(
            "{missing} of {total} tasks not reported or without a result (marked below): you may still send; the monitoring unit will see them missing."
        ),
    }
}

/// Whom the file goes to.
pub fn send_to(language: Language, monitors: &str) -> String {
    match language {
        Language::Vietnamese => format!("Tải tệp báo cáo rồi đính kèm vào thư gửi {monitors}."),
        Language::English => {
            format!("Download the report file, then attach it to an email to {monitors}.")
        }
    }
}

/// Where the file went, and what to do with it.
pub fn send_saved(language: Language, name: &str, monitors: Option<&str>) -> String {
    match (language, monitors) {
        (Language::Vietnamese, Some(to)) => format!(
            "Đã lưu tệp {name} vào thư mục Tải về của máy. Bấm Soạn thư điện tử (thư đã ghi sẵn người nhận {to}) rồi đính kèm tệp này."
        ),
        (Language::Vietnamese, None) => format!("Đã lưu tệp {name} vào thư mục Tải về của máy."),
        (Language::English, Some(to)) => format!(
            "Saved {name} in this computer's Downloads folder. Press Compose email (addressed to {to}) and attach the file."
        ),
        (Language::English, None) => format!("Saved {name} in this computer's Downloads folder."),
    }
}

/// An empty column says where the cards are: "Không có thẻ — 7 thẻ ở cột Đã triển khai →".
pub fn column_empty(language: Language, other: &str, count: usize, right: bool) -> String {
    let arrow = if right { "→" } else { "←" };
    match language {
        Language::Vietnamese => format!("Không có thẻ — {count} thẻ ở cột {other} {arrow}"),
        Language::English => format!(
            "No cards — {} in {other} {arrow}",
            count_en(count, "card", "cards")
        ),
    }
}

/// A unit of the filter's list that no longer exists: "Sở Thông tin và Truyền thông (đến 28/02/2025)".
pub fn unit_ended_on(language: Language, name: &str, last: crate::domain::Date) -> String {
    match language {
        Language::Vietnamese => format!("{name} (đã kết thúc {})", last.dmy()),
        Language::English => format!("{name} (ended {})", last.dmy()),
    }
}

/// Who carries an ended unit's task today: "nay: Sở VHTTDL".
pub fn carried_now(language: Language, units: &str) -> String {
    match language {
        Language::Vietnamese => format!("nay: {units}"),
        Language::English => format!("now: {units}"),
    }
}
