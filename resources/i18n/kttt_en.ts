<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AcceptWarningsDialog</name>
    <message>
        <source>Lưu bản ghi có cảnh báo</source>
        <translation>Save a record with warnings</translation>
    </message>
    <message>
        <source>Bản ghi này có cảnh báo. Nếu thông tin là đúng, hãy ghi lý do để lưu; lý do được ghi vào nhật ký thay đổi.</source>
        <translation>This record has warnings. If the information is correct, give a reason to save it; the reason is written to the change log.</translation>
    </message>
    <message>
        <source>&amp;Lý do (bắt buộc):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Ví dụ: đã đối chiếu với giấy chứng nhận</source>
        <translation>For example: checked against the certificate</translation>
    </message>
    <message>
        <source>Lưu với lý do này</source>
        <translation>Save with this reason</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Go back and correct</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Thông tin cơ quan</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan target</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự theo dõi</source>
        <translation>Self-tracked indicator</translation>
    </message>
    <message>
        <source>Số liệu chỉ tiêu tự theo dõi</source>
        <translation>Value of a self-tracked indicator</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Báo cáo đã gửi</source>
        <translation>Returns submitted</translation>
    </message>
    <message>
        <source>Phát hiện đã chấp nhận</source>
        <translation>Accepted findings</translation>
    </message>
    <message>
        <source>bản ghi số {id}</source>
        <translation>record No. {id}</translation>
    </message>
    <message>
        <source>từ ngày {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source>đến ngày {day}</source>
        <translation>to {day}</translation>
    </message>
    <message>
        <source>người dùng {user}</source>
        <translation>user {user}</translation>
    </message>
    <message>
        <source>sổ {register}</source>
        <translation>register {register}</translation>
    </message>
    <message>
        <source>bản ghi “{record}”</source>
        <translation>record “{record}”</translation>
    </message>
    <message>
        <source>toàn bộ nhật ký</source>
        <translation>the whole log</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ → mới</source>
        <translation>Old value → new</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{filters}: {n} dòng; xuất lúc {time} bởi {user}.</source>
        <translation>{filters}: {n} rows; exported at {time} by {user}.</translation>
    </message>
    <message>
        <source>Đang ghi {done}/{total} dòng…</source>
        <translation>Writing {done}/{total} rows…</translation>
    </message>
    <message>
        <source>NHẬT KÝ THAY ĐỔI DỮ LIỆU</source>
        <translation>DATA CHANGE LOG</translation>
    </message>
    <message>
        <source>Xuất {n} dòng nhật ký ({filters}) ra {path}</source>
        <translation>Exported {n} log rows ({filters}) to {path}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Tìm theo tên bản ghi (không cần dấu)…</source>
        <translation>Search by record name (diacritics optional)…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Ghi các dòng đang hiện ra một tệp Excel</source>
        <translation>Write the rows shown to an Excel file</translation>
    </message>
    <message>
        <source>Nhấn đúp vào một dòng để mở bản ghi.</source>
        <translation>Double-click a row to open the record.</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Người dùng: tất cả</source>
        <translation>User: all</translation>
    </message>
    <message>
        <source>Sổ: tất cả</source>
        <translation>Register: all</translation>
    </message>
    <message>
        <source>{count} dòng</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>Không mở được “{record}”: bản ghi không còn, hoặc không thuộc sổ nào.</source>
        <translation>Cannot open “{record}”: the record no longer exists, or belongs to no register.</translation>
    </message>
    <message>
        <source>Xuất nhật ký ra Excel</source>
        <translation>Export the log to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã ghi {n} dòng nhật ký ra {path}.</source>
        <translation>Wrote {n} log rows to {path}.</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ → mới</source>
        <translation>Old value → new</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Không sao chép được: cơ sở dữ liệu {path} bị hỏng ({result}); không có bản sao nào được ghi. Hãy khôi phục từ bản sao lưu tốt gần nhất.</source>
        <translation>Could not copy: the database {path} is damaged ({result}); no copy was written. Restore from the latest good backup.</translation>
    </message>
    <message>
        <source>Không phải cơ sở dữ liệu của chương trình này.</source>
        <translation>Not a database of this program.</translation>
    </message>
    <message>
        <source>Tệp hỏng hoặc không đọc được: {error}</source>
        <translation>The file is damaged or unreadable: {error}</translation>
    </message>
    <message>
        <source>{organisations} tổ chức, {members} thành viên</source>
        <translation>{organisations} organisations, {members} members</translation>
    </message>
    <message>
        <source>Nơi chép đến trùng với tệp cần chép ({path}); hãy chọn nơi khác.</source>
        <translation>The destination is the file being copied ({path}); choose another place.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải là bản sao lưu của chương trình này; hãy chọn một tệp khác. Không có gì bị thay đổi.</source>
        <translation>The file {path} is not a backup of this program; choose another file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp {path} bị hỏng ({problem}); không thể khôi phục từ tệp này. Hãy chọn một bản sao lưu khác.</source>
        <translation>The file {path} is damaged ({problem}); it cannot be restored from. Choose another backup.</translation>
    </message>
    <message>
        <source>Tệp {path} được tạo bởi một phiên bản mới hơn của chương trình (lược đồ {revision}). Hãy cài phiên bản mới để khôi phục từ tệp này.</source>
        <translation>The file {path} was made by a newer version of the program (schema {revision}). Install the new version to restore from this file.</translation>
    </message>
    <message>
        <source>{path} là một thư mục, không phải cơ sở dữ liệu; không khôi phục vào đó. Không có gì bị thay đổi.</source>
        <translation>{path} is a folder, not a database; nothing is restored into it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải là cơ sở dữ liệu của chương trình này nên không bị thay bằng bản sao lưu; hãy kiểm tra tham số --db. Không có gì bị thay đổi.</source>
        <translation>The file {path} is not a database of this program, so it is not replaced by the backup; check the --db option. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp {path} chính là cơ sở dữ liệu đang dùng; hãy chọn một bản sao lưu.</source>
        <translation>The file {path} is the database in use; choose a backup.</translation>
    </message>
    <message>
        <source>Đã khôi phục {path} từ {source} ({office}: {organisations} tổ chức, {members} thành viên).</source>
        <translation>Restored {path} from {source} ({office}: {organisations} organisations, {members} members).</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục (tệp hỏng, chép nguyên trạng) ở {path}.</source>
        <translation>The data from before the restore (damaged file, copied as it was) is in {path}.</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được sao lưu ở {path}.</source>
        <translation>The data from before the restore was backed up to {path}.</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu {source}</source>
        <translation>Restore from the backup {source}</translation>
    </message>
    <message>
        <source>dữ liệu trước đó ở {path}</source>
        <translation>the data from before is in {path}</translation>
    </message>
    <message>
        <source>Kết luận: cơ sở dữ liệu tốt.</source>
        <translation>Conclusion: the database is sound.</translation>
    </message>
    <message>
        <source>Kết luận: cơ sở dữ liệu có lỗi; hãy khôi phục từ bản sao lưu tốt gần nhất.</source>
        <translation>Conclusion: the database has errors; restore from the latest good backup.</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở dữ liệu {path}:</source>
        <translation>Check of the database {path}:</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>Tự động khi mở</source>
        <translation>Automatic on opening</translation>
    </message>
    <message>
        <source>Thủ công</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Chương trình tự sao lưu mỗi ngày khi mở cơ sở dữ liệu, và trước mỗi lần nhập dữ liệu, nâng cấp hay khôi phục. Bản sao lưu nằm trong thư mục {folder}; mỗi loại giữ bản mới nhất của từng ngày trong 30 ngày và của từng tháng trong 12 tháng. Nên chép thêm một bản ra USB hoặc máy khác mỗi tuần.</source>
        <translation>The program backs up by itself every day when the database is opened, and before every import, upgrade or restore. The backups are in the folder {folder}; of each kind the latest of each day is kept for 30 days and of each month for 12 months. Copy one more to a USB drive or another computer every week.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu vào thư mục sao lưu</source>
        <translation>Back up the database into the backup folder</translation>
    </message>
    <message>
        <source>Chép ra USB / thư mục khác…</source>
        <translation>Copy to USB / another folder…</translation>
    </message>
    <message>
        <source>Ghi một bản sao của dữ liệu hiện tại vào thư mục bạn chọn</source>
        <translation>Write a copy of the current data into the folder you choose</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở dữ liệu</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Kiểm tra tính toàn vẹn của tệp, liên kết giữa các bảng và lược đồ dữ liệu</source>
        <translation>Check the integrity of the file, the links between tables and the data schema</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu đang chọn (dữ liệu hiện tại được sao lưu trước)</source>
        <translation>Replace the current data with the selected backup (the current data is backed up first)</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <source>Chọn một bản sao lưu ở nơi khác (ví dụ trên USB)</source>
        <translation>Choose a backup kept elsewhere (for example on a USB drive)</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu nằm trên máy chủ PostgreSQL {name}. Bản sao lưu do máy chủ làm, không phải chương trình này: người quản trị máy chủ sao lưu bằng pg_dump (nên hằng ngày, theo lịch) và khôi phục bằng pg_restore. Nút dưới đây kiểm tra rằng mọi bảng đọc được và lược đồ dữ liệu đúng phiên bản.</source>
        <translation>The database is on the PostgreSQL server {name}. Its backups are the server&apos;s, not this program&apos;s: the server&apos;s administrator backs it up with pg_dump (daily, on a schedule) and restores it with pg_restore. The button below checks that every table can be read and that the schema is of this version.</translation>
    </message>
    <message>
        <source>{count} bản sao lưu, tổng {size}</source>
        <translation>{count} backups, {size} in total</translation>
    </message>
    <message>
        <source>Đã sao lưu: {entry}.</source>
        <translation>Backed up: {entry}.</translation>
    </message>
    <message>
        <source>Chọn thư mục để chép bản sao (ví dụ ổ USB)</source>
        <translation>Choose the folder to copy to (for example a USB drive)</translation>
    </message>
    <message>
        <source>Đang chép ra {folder}…</source>
        <translation>Copying to {folder}…</translation>
    </message>
    <message>
        <source>Đã chép bản sao ra {path} ({size}).</source>
        <translation>Copied to {path} ({size}).</translation>
    </message>
    <message>
        <source>Đang kiểm tra cơ sở dữ liệu…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu KTTT (*.db *.sqlite);;Mọi tệp (*)</source>
        <translation>KTTT databases (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source> (mức {value})</source>
        <translation> (level {value})</translation>
    </message>
    <message>
        <source>{office} — {period}, số liệu đến ngày {day}</source>
        <translation>{office} — {period}, figures as of {day}</translation>
    </message>
    <message>
        <source>(chưa khai báo cơ quan)</source>
        <translation>(no office profile yet)</translation>
    </message>
    <message>
        <source>CHỈ TIÊU</source>
        <translation>INDICATORS</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Lũy kế năm</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>MỤC TIÊU KẾ HOẠCH</source>
        <translation>PLAN TARGETS</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>* Mục tiêu của năm sau năm báo cáo: so với số liệu hiện có, không xét tiến độ.</source>
        <translation>* Target of a year after the reporting year: compared with the figures available, pace not assessed.</translation>
    </message>
    <message>
        <source>Chưa có mục tiêu nào cho năm {year}.</source>
        <translation>No targets for {year} yet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>tệp cơ sở dữ liệu (mặc định: tệp trong thư mục dữ liệu của người dùng)</source>
        <translation>database file (default: the file in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: ngôn ngữ đã chọn trong Cài đặt</source>
        <translation>language of the messages: vi (Vietnamese) or en (English); default: the language chosen in Settings</translation>
    </message>
    <message>
        <source>Quản lý kinh tế tập thể: sổ đăng ký, chỉ tiêu, báo cáo.</source>
        <translation>Collective economy management: registers, indicators, returns.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; không có gì được ghi dở dang.</source>
        <translation>Stopped on request; nothing was left half-written.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi của chương trình (chi tiết ở trên). Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>Unexpected program error (details above). Saved data is not affected.</translation>
    </message>
    <message>
        <source>kỳ báo cáo: 2026 (năm), 2026-Q1 … 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-M9 (9 tháng)</source>
        <translation>reporting period: 2026 (year), 2026-Q1 … 2026-Q4 (quarter), 2026-H1 (6 months), 2026-M9 (9 months)</translation>
    </message>
    <message>
        <source>sao lưu cơ sở dữ liệu vào thư mục sao lưu bên cạnh, hoặc ra tệp/thư mục đã nêu</source>
        <translation>back up the database into the backup folder beside it, or to the given file/folder</translation>
    </message>
    <message>
        <source>chép bản sao ra tệp này, hoặc vào thư mục này (ví dụ ổ USB)</source>
        <translation>copy to this file, or into this folder (for example a USB drive)</translation>
    </message>
    <message>
        <source>Đã chép cơ sở dữ liệu {path} ra {target} ({size}).</source>
        <translation>Copied the database {path} to {target} ({size}).</translation>
    </message>
    <message>
        <source>Đã sao lưu {path} vào {target}: {entry}.</source>
        <translation>Backed up {path} to {target}: {entry}.</translation>
    </message>
    <message>
        <source>tính mọi chỉ tiêu của một kỳ và đối chiếu với các mục tiêu kế hoạch</source>
        <translation>compute every indicator of a period and check them against the plan targets</translation>
    </message>
    <message>
        <source>in kết quả dạng JSON (UTF-8) ra đầu ra chuẩn</source>
        <translation>print the result as JSON (UTF-8) to standard output</translation>
    </message>
    <message>
        <source>xét cả mục tiêu của các năm sau (ví dụ mục tiêu đến năm 2030) theo số liệu hiện có</source>
        <translation>also check the targets of later years (for example targets for 2030) against the current figures</translation>
    </message>
    <message>
        <source>tổng hợp các báo cáo Excel do các đơn vị gửi lên thành một báo cáo</source>
        <translation>consolidate the Excel returns sent up by several offices into one return</translation>
    </message>
    <message>
        <source>tệp Excel báo cáo của các đơn vị</source>
        <translation>Excel return files of the offices</translation>
    </message>
    <message>
        <source>tệp Excel báo cáo tổng hợp cần ghi</source>
        <translation>consolidated Excel return to write</translation>
    </message>
    <message>
        <source>tệp PDF báo cáo tổng hợp cần ghi</source>
        <translation>consolidated PDF return to write</translation>
    </message>
    <message>
        <source>vẫn tổng hợp tệp này dù chữ ký số của nó không xác thực được (chưa ký, khóa chưa đăng ký hoặc đã thu hồi, ô bị sửa); việc chấp nhận được ghi vào báo cáo tổng hợp. Nêu lại cho từng tệp</source>
        <translation>consolidate this file although its signature cannot be verified (unsigned, key not registered or revoked, cells edited); the acceptance is recorded in the consolidated return. Repeat for each file</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} chưa có thông tin cơ quan: báo cáo tổng hợp dùng tiêu đề chung, không có mục tiêu kế hoạch.</source>
        <translation>The database {path} has no office profile: the consolidated return uses a general heading and no plan targets.</translation>
    </message>
    <message>
        <source>Chấp nhận dù chưa xác thực (đã ghi vào báo cáo tổng hợp): {why}</source>
        <translation>Accepted although not verified (recorded in the consolidated return): {why}</translation>
    </message>
    <message>
        <source>Đã tổng hợp {count} báo cáo {period} ({communes} xã, phường): {files}.</source>
        <translation>Consolidated {count} returns for {period} ({communes} communes): {files}.</translation>
    </message>
    <message>
        <source>tạo cơ sở dữ liệu mẫu với dữ liệu sinh ngẫu nhiên như thật</source>
        <translation>create a database filled with realistic randomly generated data</translation>
    </message>
    <message>
        <source>quy mô: district (≈ 60 HTX), province (700 HTX, 60.500 thành viên), stress (30.000 HTX, 1.000.000 thành viên)</source>
        <translation>scale: district (≈ 60 HTX), province (700 HTX, 60,500 members), stress (30,000 HTX, 1,000,000 members)</translation>
    </message>
    <message>
        <source>hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu</source>
        <translation>random seed: the same seed gives the same data</translation>
    </message>
    <message>
        <source>Đã tạo cơ sở dữ liệu mẫu {path} ({scale}, hạt giống {seed}) trong {seconds:.1f} giây.</source>
        <translation>Created the demo database {path} ({scale}, seed {seed}) in {seconds:.1f} seconds.</translation>
    </message>
    <message>
        <source>xuất toàn bộ sổ đăng ký ra bảng tính theo mẫu nhập liệu</source>
        <translation>export every register to a workbook in the import template&apos;s layout</translation>
    </message>
    <message>
        <source>tệp cần ghi</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>kèm dữ liệu cá nhân: số CCCD, điện thoại, ngày sinh, địa chỉ của thành viên (việc xuất được ghi vào nhật ký)</source>
        <translation>include personal data: ID numbers, phone numbers, birth dates, members&apos; addresses (the export is written to the log)</translation>
    </message>
    <message>
        <source>Tệp không có dữ liệu cá nhân: số CCCD, điện thoại, ngày sinh, địa chỉ của thành viên (thêm --with-personal-data để xuất cả các cột này).</source>
        <translation>The file has no personal data: ID numbers, phone numbers, birth dates, members&apos; addresses (add --with-personal-data to export these columns too).</translation>
    </message>
    <message>
        <source>Đã ghi {path}: {counts}.</source>
        <translation>Wrote {path}: {counts}.</translation>
    </message>
    <message>
        <source>xuất báo cáo định kỳ ra Excel và PDF; --submit lưu lại bản đã gửi</source>
        <translation>export the periodic return to Excel and PDF; --submit keeps it as the version sent</translation>
    </message>
    <message>
        <source>tệp Excel cần ghi</source>
        <translation>Excel file to write</translation>
    </message>
    <message>
        <source>tệp PDF cần ghi</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>ghi cả hai tệp và lưu báo cáo là bản đã gửi (không thể sửa về sau)</source>
        <translation>write both files and keep the return as the version sent (it cannot be changed later)</translation>
    </message>
    <message>
        <source>  … và {count} giá trị khác.</source>
        <translation>  … and {count} other values.</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo {period}: {files}.</source>
        <translation>Wrote the return for {period}: {files}.</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo {period} là bản đã gửi, phiên bản {version}.</source>
        <translation>Kept the return for {period} as sent, version {version}.</translation>
    </message>
    <message>
        <source>mở cửa sổ chương trình</source>
        <translation>open the program window</translation>
    </message>
    <message>
        <source>nhập sổ đăng ký từ bảng tính (.xlsx, .xls, .xlsb, .ods, .csv); có lỗi thì không ghi gì</source>
        <translation>import registers from a workbook (.xlsx, .xls, .xlsb, .ods, .csv); nothing is written if there are errors</translation>
    </message>
    <message>
        <source>tệp cần nhập</source>
        <translation>file to import</translation>
    </message>
    <message>
        <source>chỉ kiểm tra và cho biết sẽ thêm, sửa những gì; không ghi gì</source>
        <translation>only check and report what would be added or changed; write nothing</translation>
    </message>
    <message>
        <source>ghi bản sao của tệp với các ô lỗi được đánh dấu</source>
        <translation>write a copy of the file with the cells in error marked</translation>
    </message>
    <message>
        <source>in kết quả dạng JSON ra đầu ra chuẩn</source>
        <translation>print the result as JSON to standard output</translation>
    </message>
    <message>
        <source>dùng cách ghép cột đã lưu với tên này</source>
        <translation>use the column mapping saved under this name</translation>
    </message>
    <message>
        <source>tên xã, phường (thường là tên trước sắp xếp 2025) chỉ nhiều xã, phường mới: xếp mọi dòng ghi tên này vào xã có mã đã chọn; ghi được nhiều lần</source>
        <translation>a commune name (usually one from before the 2025 reform) that means several new communes: file every row that writes this name under the commune with the chosen code; may be given several times</translation>
    </message>
    <message>
        <source>giá trị cho mọi dòng của một cột tệp không có, ví dụ --set &quot;Lĩnh vực=Nông nghiệp&quot;; ghi được nhiều lần</source>
        <translation>a value for every row of a column the file lacks, for example --set &quot;Lĩnh vực=Nông nghiệp&quot;; may be given several times</translation>
    </message>
    <message>
        <source>bỏ qua (không nhập) các tổ chức ở xã, phường ngoài địa bàn của cơ quan và các dòng của chúng ở các trang khác, thay vì báo lỗi; các dòng bỏ qua được liệt kê</source>
        <translation>leave out (do not import) the organisations in communes outside the office&apos;s area and their rows on the other sheets, instead of reporting errors; the rows left out are listed</translation>
    </message>
    <message>
        <source>“{text}”: hãy ghi tên cột, dấu = và giá trị, ví dụ “Lĩnh vực=Nông nghiệp”.</source>
        <translation>“{text}”: write the column&apos;s name, an = sign and the value, for example “Lĩnh vực=Nông nghiệp”.</translation>
    </message>
    <message>
        <source>“{text}”: hãy ghi tên xã, dấu = và mã xã mới, ví dụ “phường Cống Vị=00008”.</source>
        <translation>“{text}”: write the commune&apos;s name, an = sign and the new commune code, for example “phường Cống Vị=00008”.</translation>
    </message>
    <message>
        <source>Cột không dùng: {columns}</source>
        <translation>Columns not used: {columns}</translation>
    </message>
    <message>
        <source>Trang không nhập: {sheets}</source>
        <translation>Sheets not imported: {sheets}</translation>
    </message>
    <message>
        <source>Bỏ qua {count} dòng ngoài địa bàn:</source>
        <translation>{count} rows outside the area left out:</translation>
    </message>
    <message>
        <source>Có {count} tổ chức ở xã, phường ngoài địa bàn; nếu tệp là danh sách của cả tỉnh, chạy lại với --skip-outside-area để bỏ qua các dòng này.</source>
        <translation>{count} organisations are in communes outside the area; if the file lists the whole province, run again with --skip-outside-area to leave these rows out.</translation>
    </message>
    <message>
        <source>Cần chọn xã, phường cho “{text}”: {reason} Chạy lại với --commune &quot;{text}=MÃ&quot;.</source>
        <translation>A commune must be chosen for “{text}”: {reason} Run again with --commune &quot;{text}=CODE&quot;.</translation>
    </message>
    <message>
        <source>Cảnh báo: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>… và {count} vấn đề khác (xem --report hoặc --json).</source>
        <translation>… and {count} other problems (see --report or --json).</translation>
    </message>
    <message>
        <source>Có {count} lỗi: không có gì được ghi. Hãy sửa tệp rồi nhập lại.</source>
        <translation>{count} errors: nothing was written. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Chạy thử: tệp không có lỗi; chưa ghi gì.</source>
        <translation>Dry run: the file has no errors; nothing was written yet.</translation>
    </message>
    <message>
        <source>Đã nhập xong; bản sao lưu trước khi nhập: {backup}.</source>
        <translation>Import finished; backup made before the import: {backup}.</translation>
    </message>
    <message>
        <source>Không có gì thay đổi: cơ sở dữ liệu đã giống tệp.</source>
        <translation>Nothing changed: the database already matches the file.</translation>
    </message>
    <message>
        <source>--set “{header}=…”: trang {sheets} đã có cột này; --set chỉ dùng cho cột tệp không có. Để thay cột của tệp bằng một giá trị, hãy bỏ ghép cột đó trong trình nhập, lưu cách ghép rồi dùng --mapping.</source>
        <translation>--set “{header}=…”: sheet {sheets} already has this column; --set is only for a column the file lacks. To put one value in place of the file&apos;s column, unmap that column in the import wizard, save the mapping and use --mapping.</translation>
    </message>
    <message>
        <source>--set “{header}=…”: không trang nào của tệp nhập vào sổ có cột “{header}”; hãy ghi tên cột như trong mẫu nhập (kttt template), ví dụ “Lĩnh vực”, “Loại hình”, “Năm”.</source>
        <translation>--set “{header}=…”: no sheet of the file that is imported has a column “{header}”; write the column&apos;s name as in the import template (kttt template), for example “Lĩnh vực”, “Loại hình”, “Năm”.</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo {path}.</source>
        <translation>Wrote the report {path}.</translation>
    </message>
    <message>
        <source>tạo cơ sở dữ liệu cho một cơ quan với địa bàn là các xã đã nêu</source>
        <translation>create a database for an office whose area is the given communes</translation>
    </message>
    <message>
        <source>tên cơ quan</source>
        <translation>office name</translation>
    </message>
    <message>
        <source>mã tỉnh, 2 chữ số (ví dụ 22 là Quảng Ninh)</source>
        <translation>province code, 2 digits (for example 22 is Quảng Ninh)</translation>
    </message>
    <message>
        <source>mã các xã, phường của địa bàn (5 chữ số)</source>
        <translation>codes of the communes and wards of the area (5 digits)</translation>
    </message>
    <message>
        <source>Đã tạo cơ sở dữ liệu {path} cho {office} ({n} xã, phường).</source>
        <translation>Created the database {path} for {office} ({n} communes).</translation>
    </message>
    <message>
        <source>khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)</source>
        <translation>restore the database from a backup (the current data is backed up first)</translation>
    </message>
    <message>
        <source>tệp sao lưu cần khôi phục</source>
        <translation>backup file to restore</translation>
    </message>
    <message>
        <source>ghi bảng tính mẫu để nhập liệu</source>
        <translation>write a blank workbook for data entry</translation>
    </message>
    <message>
        <source>Đã ghi bảng tính mẫu {path}.</source>
        <translation>Wrote the template workbook {path}.</translation>
    </message>
    <message>
        <source>Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2025.</source>
        <translation>Write dates as day/month/year, for example 31/12/2025.</translation>
    </message>
    <message>
        <source>kiểm tra dữ liệu giữa các sổ (số thành viên tối thiểu, vốn góp, tuổi, giải thể, OCOP hết hạn, xếp loại) và liệt kê mọi phát hiện</source>
        <translation>check the data across registers (minimum members, capital contributions, ages, dissolutions, expired OCOP, ratings) and list every finding</translation>
    </message>
    <message>
        <source>kiểm tra dữ liệu như tại ngày này (mặc định: hôm nay); trước 01/7/2024 áp dụng mức của Luật Hợp tác xã 2012</source>
        <translation>check the data as of this date (default: today); before 01/7/2024 the thresholds of the 2012 Law on Cooperatives apply</translation>
    </message>
    <message>
        <source>đã chấp nhận: {reason}</source>
        <translation>accepted: {reason}</translation>
    </message>
    <message>
        <source>mở lại vì hồ sơ đã thay đổi (đã chấp nhận: {reason})</source>
        <translation>reopened because the record changed (accepted: {reason})</translation>
    </message>
    <message>
        <source>({seconds} giây)</source>
        <translation>({seconds} seconds)</translation>
    </message>
    <message>
        <source>kiểm tra tính toàn vẹn của cơ sở dữ liệu (chỉ đọc)</source>
        <translation>check the integrity of the database (read only)</translation>
    </message>
    <message>
        <source>khóa ký số của cơ quan và khóa của các đơn vị đã đăng ký (xem, xuất, đăng ký, thu hồi)</source>
        <translation>this office&apos;s signing key and the offices&apos; registered keys (list, export, register, revoke)</translation>
    </message>
    <message>
        <source>liệt kê khóa (mặc định)</source>
        <translation>list the keys (default)</translation>
    </message>
    <message>
        <source>ghi khóa công khai của cơ quan này ra tệp để gửi lên tỉnh</source>
        <translation>write this office&apos;s public key to a file to send to the province</translation>
    </message>
    <message>
        <source>tệp khóa công khai cần ghi (.kttt-key)</source>
        <translation>public key file to write (.kttt-key)</translation>
    </message>
    <message>
        <source>đăng ký khóa công khai của một đơn vị (sau khi đối chiếu dấu vân tay)</source>
        <translation>register an office&apos;s public key (after comparing the fingerprint)</translation>
    </message>
    <message>
        <source>tệp khóa công khai đơn vị gửi lên</source>
        <translation>the public key file the office sent</translation>
    </message>
    <message>
        <source>dấu vân tay (24 chữ số) cán bộ của đơn vị đọc qua điện thoại</source>
        <translation>the fingerprint (24 digits) the office&apos;s officer read out over the phone</translation>
    </message>
    <message>
        <source>thu hồi khóa của một đơn vị: báo cáo ký bằng khóa đó bị từ chối từ nay</source>
        <translation>revoke an office&apos;s key: returns signed with it are refused from now on</translation>
    </message>
    <message>
        <source>dấu vân tay của khóa cần thu hồi</source>
        <translation>the fingerprint of the key to revoke</translation>
    </message>
    <message>
        <source>lý do (ví dụ: đơn vị đổi máy, mất máy)</source>
        <translation>reason (for example: the office changed or lost its PC)</translation>
    </message>
    <message>
        <source>Cơ quan này chưa có khóa ký (khóa được tạo khi xuất báo cáo hoặc bằng kttt keys export).</source>
        <translation>This office has no signing key yet (it is made when a return is exported, or by kttt keys export).</translation>
    </message>
    <message>
        <source>Khóa ký của cơ quan này: {fingerprint} ({path})</source>
        <translation>This office&apos;s signing key: {fingerprint} ({path})</translation>
    </message>
    <message>
        <source>Chưa đăng ký khóa của đơn vị nào.</source>
        <translation>No office&apos;s key is registered yet.</translation>
    </message>
    <message>
        <source>thu hồi {day}</source>
        <translation>revoked {day}</translation>
    </message>
    <message>
        <source>có hiệu lực</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Đã ghi khóa công khai {path}. Dấu vân tay: {fingerprint}. Gửi tệp lên tỉnh và đọc dấu vân tay này cho cán bộ của tỉnh qua điện thoại.</source>
        <translation>Wrote the public key {path}. Fingerprint: {fingerprint}. Send the file to the province and read this fingerprint to the province&apos;s officer over the phone.</translation>
    </message>
    <message>
        <source>Đã đăng ký khóa của {office} ({count} xã, phường), dấu vân tay {fingerprint}.</source>
        <translation>Registered the key of {office} ({count} communes), fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của {office} (dấu vân tay {fingerprint}); báo cáo ký bằng khóa này bị từ chối từ nay.</source>
        <translation>Revoked the key of {office} (fingerprint {fingerprint}); returns signed with it are refused from now on.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Vốn góp (triệu đồng)</source>
        <translation>Capital contribution (million VND)</translation>
    </message>
    <message>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <source>Lợi nhuận (triệu đồng)</source>
        <translation>Profit (million VND)</translation>
    </message>
    <message>
        <source>Thu nhập bình quân (triệu đồng/người/năm)</source>
        <translation>Average income (million VND/person/year)</translation>
    </message>
    <message>
        <source>Loại thành viên</source>
        <translation>Member type</translation>
    </message>
    <message>
        <source>Ngày vào</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Ngày ra</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Chức vụ hiện nay</source>
        <translation>Current position</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Hết hạn</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Cơ sở đào tạo</source>
        <translation>Training institution</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>{count} (kê khai)</source>
        <translation>{count} (declared)</translation>
    </message>
    <message>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Thành viên kê khai</source>
        <translation>Declared members</translation>
    </message>
</context>
<context>
    <name>Comparator</name>
    <message>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>trên</source>
        <translation>over</translation>
    </message>
    <message>
        <source>không quá</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>từ … đến</source>
        <translation>from … to</translation>
    </message>
    <message>
        <source>khoảng</source>
        <translation>about</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source> Hai tệp có cùng nội dung.</source>
        <translation> The two files have the same content.</translation>
    </message>
    <message>
        <source>Tệp được chọn hai lần.</source>
        <translation>The file was chosen twice.</translation>
    </message>
    <message>
        <source>Địa bàn của báo cáo {first} ({first_office}) và báo cáo {second} ({second_office}) trùng nhau ở {count} xã, phường: {communes}.</source>
        <translation>The areas of the return {first} ({first_office}) and the return {second} ({second_office}) overlap in {count} communes: {communes}.</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) là báo cáo {theirs}, không phải {period} đang tổng hợp.</source>
        <translation>The return {path} ({office}) is a return for {theirs}, not for {period} being consolidated.</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) tính lao động, doanh thu, lợi nhuận, thu nhập và xếp loại theo số liệu năm {theirs}, không phải năm {year} (năm gần nhất đã kết thúc); báo cáo được lập bằng phiên bản cũ của chương trình. Hãy đề nghị đơn vị lập lại báo cáo bằng phiên bản mới.</source>
        <translation>The return {path} ({office}) gives workers, revenue, profit, income and ratings from the figures of {theirs}, not of {year} (the last complete year); it was made by an older version of the program. Ask the office to make the return again with the new version.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo nào để tổng hợp; hãy chọn các tệp Excel báo cáo do các đơn vị gửi lên.</source>
        <translation>No returns to consolidate yet; choose the Excel return files the offices sent up.</translation>
    </message>
    <message>
        <source>Một tệp không xác thực được chỉ được tổng hợp khi người tổng hợp chấp nhận rõ ràng đúng tệp đó (lệnh: --accept-unsigned TỆP; màn hình: cột “Chấp nhận”); việc chấp nhận được ghi vào báo cáo tổng hợp.</source>
        <translation>A file that cannot be verified is consolidated only when the person consolidating accepts that very file explicitly (command: --accept-unsigned FILE; screen: the “Accept” column); the acceptance is recorded in the consolidated return.</translation>
    </message>
    <message>
        <source>Chấp nhận khi chưa xác thực: {reason}</source>
        <translation>Accepted without verification: {reason}</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Đang tổng hợp số liệu…</source>
        <translation>Consolidating the figures…</translation>
    </message>
    <message>
        <source> và {count} xã, phường khác</source>
        <translation> and {count} other communes</translation>
    </message>
    <message>
        <source>Trùng địa bàn với {name} ở {count} xã, phường.</source>
        <translation>Area overlaps with {name} in {count} communes.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ.</source>
        <translation>Invalid reporting period.</translation>
    </message>
    <message>
        <source>Báo cáo {theirs}, không phải {period}.</source>
        <translation>Return for {theirs}, not {period}.</translation>
    </message>
    <message>
        <source>Số liệu năm {theirs}, không phải năm {year}.</source>
        <translation>Figures of {theirs}, not {year}.</translation>
    </message>
    <message>
        <source>Đang ghi tệp PDF…</source>
        <translation>Writing the PDF file…</translation>
    </message>
    <message>
        <source>Tệp {path} được chọn hai lần; mỗi báo cáo chỉ được tổng hợp một lần.</source>
        <translation>The file {path} was chosen twice; each return can be consolidated only once.</translation>
    </message>
    <message>
        <source>Không tổng hợp được: {count} trong {total} tệp không dùng được; chưa ghi tệp nào.</source>
        <translation>Cannot consolidate: {count} of {total} files cannot be used; no file was written.</translation>
    </message>
    <message>
        <source>{count} tỉnh, thành phố</source>
        <translation>{count} provinces and cities</translation>
    </message>
    <message>
        <source>Trang dữ liệu của báo cáo {path} thiếu {count} chỉ tiêu ({codes}…); báo cáo không đủ số liệu để tổng hợp.</source>
        <translation>The data sheet of the return {path} lacks {count} indicators ({codes}…); the return does not have enough figures to be consolidated.</translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Báo cáo {path} ghi kỳ báo cáo không hợp lệ “{period}”.</source>
        <translation>The return {path} gives an invalid reporting period “{period}”.</translation>
    </message>
</context>
<context>
    <name>ConsolidationForm</name>
    <message>
        <source>Tổng hợp báo cáo các đơn vị</source>
        <translation>Consolidate the offices&apos; returns</translation>
    </message>
    <message>
        <source>Chọn các tệp Excel báo cáo do các đơn vị gửi lên, cùng kỳ báo cáo đang chọn ở trên. Số liệu được đọc từ trang dữ liệu của mỗi tệp, đối chiếu mã kiểm tra và chữ ký số của đơn vị với các khóa đã đăng ký (màn hình Chữ ký số); tệp đã bị sửa, chưa xác thực, khác kỳ hoặc trùng địa bàn với tệp khác bị từ chối.</source>
        <translation>Choose the Excel returns the offices sent, for the period chosen above. The figures are read from each file&apos;s data sheet; its checksum and the office&apos;s signature are checked against the registered keys (Digital signature screen); a file that was edited, is not verified, is of another period or overlaps another file&apos;s area is refused.</translation>
    </message>
    <message>
        <source>Thê&amp;m tệp…</source>
        <translation>A&amp;dd files…</translation>
    </message>
    <message>
        <source>Chọn một hoặc nhiều tệp báo cáo Excel (.xlsx)</source>
        <translation>Choose one or more Excel return files (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Bỏ tệp đã chọn</source>
        <translation>&amp;Remove selected files</translation>
    </message>
    <message>
        <source>Xóa &amp;danh sách</source>
        <translation>Clear the &amp;list</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Số xã, phường</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Chữ ký số</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chấp nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Đánh dấu để vẫn tổng hợp một tệp không xác thực được chữ ký số; việc chấp nhận được ghi vào báo cáo tổng hợp</source>
        <translation>Tick to consolidate a file whose signature cannot be verified all the same; the acceptance is recorded in the consolidated return</translation>
    </message>
    <message>
        <source>Chưa có tệp nào.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <source>Ghi cả tệp PD&amp;F</source>
        <translation>Also write a PD&amp;F file</translation>
    </message>
    <message>
        <source>Tổng &amp;hợp…</source>
        <translation>Conso&amp;lidate…</translation>
    </message>
    <message>
        <source>Ghi báo cáo tổng hợp của các tệp hợp lệ ra Excel (và PDF)</source>
        <translation>Write the consolidated return of the valid files to Excel (and PDF)</translation>
    </message>
</context>
<context>
    <name>ConsolidationPanel</name>
    <message>
        <source>Chọn các tệp báo cáo của các đơn vị</source>
        <translation>Choose the offices&apos; return files</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp đã có trong danh sách không được thêm lần nữa.</source>
        <translation>Files already in the list are not added again.</translation>
    </message>
    <message>
        <source>Đang đọc {count} tệp…</source>
        <translation>Reading {count} files…</translation>
    </message>
    <message>
        <source>Đã đọc {count} tệp.</source>
        <translation>Read {count} files.</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Bị từ chối: {reasons}</source>
        <translation>Refused: {reasons}</translation>
    </message>
    <message>
        <source>Chấp nhận tệp {name} dù không xác thực được?

{problems}

Số liệu của tệp sẽ được tổng hợp và việc chấp nhận được ghi vào báo cáo tổng hợp.</source>
        <translation>Accept the file {name} although it cannot be verified?

{problems}

The file&apos;s figures will be consolidated and the acceptance recorded in the consolidated return.</translation>
    </message>
    <message>
        <source>Chấp nhận báo cáo chưa xác thực</source>
        <translation>Accept an unverified return</translation>
    </message>
    <message>
        <source>Chấp nhận khi chưa xác thực</source>
        <translation>Accepted without verification</translation>
    </message>
    <message>
        <source>Chưa có tệp nào.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <source>{valid} tệp hợp lệ, {refused} tệp bị từ chối; địa bàn tổng hợp {communes} xã, phường.</source>
        <translation>{valid} valid files, {refused} refused; consolidated area {communes} communes.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo hợp lệ nào để tổng hợp cho {period}.</source>
        <translation>No valid returns to consolidate for {period} yet.</translation>
    </message>
    <message>
        <source>{count} tệp bị từ chối sẽ không có trong báo cáo tổng hợp:
{names}

Tổng hợp {valid} tệp hợp lệ còn lại?</source>
        <translation>{count} refused files will not be in the consolidated return:
{names}

Consolidate the remaining {valid} valid files?</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo</source>
        <translation>Consolidate returns</translation>
    </message>
    <message>
        <source>Ghi báo cáo tổng hợp</source>
        <translation>Write the consolidated return</translation>
    </message>
    <message>
        <source>Đang tổng hợp…</source>
        <translation>Consolidating…</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo tổng hợp: {paths}.</source>
        <translation>Wrote the consolidated return: {paths}.</translation>
    </message>
</context>
<context>
    <name>CooperativeLaw</name>
    <message>
        <source>Luật Hợp tác xã 2023, khoản 7 Điều 4 (từ 01/7/2024)</source>
        <translation>Law on Cooperatives 2023, Article 4(7) (from 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2012, khoản 1 Điều 3 (trước 01/7/2024)</source>
        <translation>Law on Cooperatives 2012, Article 3(1) (before 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2023, khoản 8 Điều 4 (từ 01/7/2024)</source>
        <translation>Law on Cooperatives 2023, Article 4(8) (from 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2012, khoản 2 Điều 3 (trước 01/7/2024)</source>
        <translation>Law on Cooperatives 2012, Article 3(2) (before 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2023, khoản 21 Điều 4 (từ 01/7/2024)</source>
        <translation>Law on Cooperatives 2023, Article 4(21) (from 01/7/2024)</translation>
    </message>
    <message>
        <source>Nghị định 77/2019/NĐ-CP (từ 25/11/2019 đến 30/6/2024)</source>
        <translation>Decree 77/2019/NĐ-CP (from 25/11/2019 to 30/6/2024)</translation>
    </message>
    <message>
        <source>Nghị định 151/2007/NĐ-CP (trước 25/11/2019)</source>
        <translation>Decree 151/2007/NĐ-CP (before 25/11/2019)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2023 (từ 01/7/2024)</source>
        <translation>Law on Cooperatives 2023 (from 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2012 (trước 01/7/2024)</source>
        <translation>Law on Cooperatives 2012 (before 01/7/2024)</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2023, Điều 30</source>
        <translation>Law on Cooperatives 2023, Article 30</translation>
    </message>
    <message>
        <source>Luật Hợp tác xã 2012, Điều 13</source>
        <translation>Law on Cooperatives 2012, Article 13</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Chương trình gặp lỗi không mong đợi và thao tác vừa rồi có thể chưa hoàn tất. Dữ liệu đã lưu trước đó không bị ảnh hưởng.

Hãy bấm “Sao chép chi tiết” rồi gửi nội dung cho người hỗ trợ kỹ thuật. Chi tiết cũng được ghi trong nhật ký: {path}</source>
        <translation>The program met an unexpected error and the last action may not have finished. Data saved before is not affected.

Click “Copy details” and send the text to your technical support. The details are also in the log: {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Một chương trình khác đã tiếp quản cơ sở dữ liệu {path} nên chương trình này không ghi vào đó nữa; thay đổi vừa rồi chưa được lưu. Hãy mở lại cơ sở dữ liệu.</source>
        <translation>Another program has taken over the database {path}, so this program no longer writes to it; the last change was not saved. Open the database again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang mở ở chế độ chỉ đọc; thay đổi không được lưu.</source>
        <translation>The database {path} is open read-only; changes are not saved.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} bị hỏng ({problem}); tệp không bị thay đổi.</source>
        <translation>The database {path} is damaged ({problem}); the file was not changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt gần nhất: {backup} ({kind}, lúc {time}). Hãy khôi phục từ bản sao này.</source>
        <translation>Latest good backup: {backup} ({kind}, at {time}). Restore from this copy.</translation>
    </message>
    <message>
        <source>Không có bản sao lưu tốt nào trong {folder}; hãy khôi phục từ một bản sao đã chép ra nơi khác (ví dụ USB).</source>
        <translation>No good backup in {folder}; restore from a copy kept elsewhere (for example on a USB drive).</translation>
    </message>
    <message>
        <source>Thư mục {folder} không cho phép ghi (ổ đĩa chỉ đọc, thư mục được bảo vệ hoặc tài khoản không có quyền ghi), nên cơ sở dữ liệu chỉ mở được để xem.</source>
        <translation>The folder {folder} cannot be written to (a read-only drive, a protected folder, or an account without write permission), so the database can only be opened for viewing.</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu {path}. {reason} Để nhập, sửa hay sao lưu, hãy chép tệp vào một thư mục có quyền ghi (ví dụ Tài liệu) hoặc nhờ người quản trị máy cấp quyền ghi. Không có gì bị thay đổi.</source>
        <translation>Cannot write to the database {path}. {reason} To import, edit or back up, copy the file to a folder you can write to (for example Documents) or ask the administrator for write permission. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} được tạo bởi một phiên bản mới hơn của chương trình (lược đồ {revision}). Hãy cài phiên bản mới để mở tệp này.</source>
        <translation>The database {path} was made by a newer version of the program (schema {revision}). Install the new version to open this file.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc.</source>
        <translation>The database {path} needs an upgrade but is open read-only.</translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu {path} làm hỏng {count} liên kết giữa các bảng nên đã được hủy; tệp giữ nguyên như trước.</source>
        <translation>Upgrading the database {path} would break {count} links between tables, so it was cancelled; the file is as it was.</translation>
    </message>
    <message>
        <source>Tệp {path} đã có; không ghi đè lên một cơ sở dữ liệu có sẵn.</source>
        <translation>The file {path} already exists; an existing database is not overwritten.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} trên máy chủ đã có dữ liệu; không ghi đè lên một cơ sở dữ liệu có sẵn. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>The database {path} on the server already holds data; an existing database is never overwritten. Use an empty database.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã có không bị ảnh hưởng.</source>
        <translation>The disk is full; {path} could not be written. Free some space and try again; existing data is not affected.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. Hãy thử lại sau ít phút.</source>
        <translation>The database {path} is locked by another program. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>The database {path} is damaged. Restore from the latest backup.</translation>
    </message>
    <message>
        <source>Không ghi được vào {path}: tệp chỉ cho phép đọc.</source>
        <translation>Cannot write to {path}: the file is read-only.</translation>
    </message>
    <message>
        <source>Không đọc/ghi được cơ sở dữ liệu {path} (lỗi vào/ra của ổ đĩa).</source>
        <translation>Cannot read or write the database {path} (disk input/output error).</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở dữ liệu {path}.</source>
        <translation>Database {path} not found.</translation>
    </message>
    <message>
        <source>Tệp {path} trống, không phải là cơ sở dữ liệu.</source>
        <translation>The file {path} is empty; it is not a database.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải là cơ sở dữ liệu của chương trình này. Tệp không bị thay đổi.</source>
        <translation>The file {path} is not a database of this program. The file was not changed.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {error}</source>
        <translation>Cannot read the file {path}: {error}</translation>
    </message>
    <message>
        <source>tệp bị cắt cụt, chỉ còn {size} byte</source>
        <translation>the file is truncated, only {size} bytes are left</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ngày {day} tháng {month} năm {year}</source>
        <translation>{day}/{month}/{year}</translation>
    </message>
    <message>
        <source>Năm {year} trong “{text}” nằm ngoài khoảng {first}–{last}; có lẽ đã gõ nhầm.</source>
        <translation>The year {year} in “{text}” is outside {first}–{last}; it was probably mistyped.</translation>
    </message>
    <message>
        <source>Năm trong “{text}” chỉ có hai chữ số; hãy viết đủ bốn chữ số (ví dụ 05/02/2026).</source>
        <translation>The year in “{text}” has only two digits; write all four (for example 05/02/2026).</translation>
    </message>
    <message>
        <source>Ngày “{text}” không có thật: không có tháng {month} (tháng đi từ 1 đến 12).</source>
        <translation>The date “{text}” does not exist: there is no month {month} (months run from 1 to 12).</translation>
    </message>
    <message>
        <source>Ngày {day:02d}/{month:02d}/{year} không có thật: tháng {month} năm {year} chỉ có {length} ngày.</source>
        <translation>The date {day:02d}/{month:02d}/{year} does not exist: month {month} of {year} has only {length} days.</translation>
    </message>
    <message>
        <source>“{text}” không phải là một ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</source>
        <translation>“{text}” is not a date; write it as day/month/year, for example 05/02/2026.</translation>
    </message>
    <message>
        <source>{label} ({day}) là ngày chưa tới; hôm nay là {today}.</source>
        <translation>{label} ({day}) is in the future; today is {today}.</translation>
    </message>
    <message>
        <source>{later} ({later_day}) phải sau {earlier} ({earlier_day}).</source>
        <translation>{later} ({later_day}) must be after {earlier} ({earlier_day}).</translation>
    </message>
    <message>
        <source>{later} ({later_day}) không được trước {earlier} ({earlier_day}).</source>
        <translation>{later} ({later_day}) cannot be before {earlier} ({earlier_day}).</translation>
    </message>
    <message>
        <source>Ngày {day} người này mới {age} tuổi (sinh ngày {birth}), chưa đủ {minimum} tuổi.</source>
        <translation>On {day} this person was only {age} (born {birth}), under {minimum}.</translation>
    </message>
    <message>
        <source>Ngày {day} người này chưa đủ {minimum} tuổi (sinh năm {year}).</source>
        <translation>On {day} this person was under {minimum} (born in {year}).</translation>
    </message>
    <message>
        <source>Chỉ biết năm sinh {year}: ngày {day} người này có thể chưa đủ {minimum} tuổi. Hãy nhập đủ ngày sinh để kiểm tra.</source>
        <translation>Only the birth year {year} is known: on {day} this person may have been under {minimum}. Enter the full birth date to check.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Quy mô “{scale}” không có; hãy chọn {choices}.</source>
        <translation>There is no scale “{scale}”; choose {choices}.</translation>
    </message>
    <message>
        <source>Ngày hôm nay của máy tính là {day}: dữ liệu mẫu cần ngày từ {earliest} trở đi. Hãy chỉnh lại ngày giờ của máy.</source>
        <translation>The computer&apos;s date today is {day}: the demo data needs a date from {earliest} on. Set the computer&apos;s date and time right.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đã có dữ liệu; dữ liệu mẫu chỉ được tạo trong một cơ sở dữ liệu mới.</source>
        <translation>The database {path} already has data; demo data is created only in a new database.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Số:{blank}/{symbol}</source>
        <translation>No.:{blank}/{symbol}</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <source>Nhấp đúp vào một dòng để mở hồ sơ trong sổ đăng ký.</source>
        <translation>Double-click a row to open the record in its register.</translation>
    </message>
    <message>
        <source>{reporting} (tổ chức tồn tại tại ngày {day})</source>
        <translation>{reporting} (organisations that exist on {day})</translation>
    </message>
    <message>
        <source>từ 01/01/{year} đến {day}</source>
        <translation>from 01/01/{year} to {day}</translation>
    </message>
    <message>
        <source>trong {period}</source>
        <translation>in {period}</translation>
    </message>
    <message>
        <source>tại ngày {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <source>{label} {when}: {total}</source>
        <translation>{label} {when}: {total}</translation>
    </message>
    <message>
        <source>Đây là các hồ sơ tạo nên số liệu gốc của chỉ tiêu “{label}” (một tỷ lệ, số bình quân hay tốc độ tăng không có danh sách riêng).</source>
        <translation>These are the records behind the base figures of the indicator “{label}” (a share, an average or a growth rate has no list of its own).</translation>
    </message>
    <message>
        <source>{records} dòng là hồ sơ (mỗi dòng tính 1), {orgs} dòng là số kê khai của tổ chức chưa nhập danh sách (tính theo cột “Được tính”).</source>
        <translation>{records} rows are records (each counts 1), {orgs} rows are declared numbers of organisations whose list has not been entered (counted as in the column “Counted”).</translation>
    </message>
    <message>
        <source>Mỗi dòng là một tổ chức có số liệu; cột cuối là phần tổ chức đó đóng góp vào tổng.</source>
        <translation>Each row is an organisation with figures; the last column is its share of the total.</translation>
    </message>
    <message>
        <source>{total} dòng</source>
        <translation>{total} rows</translation>
    </message>
    <message>
        <source>{shown} / {total} dòng</source>
        <translation>{shown} / {total} rows</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>Xuất toàn bộ sổ đăng ký kèm dữ liệu cá nhân (số CCCD, điện thoại, ngày sinh, địa chỉ của thành viên)</source>
        <translation>Export of every register with personal data (ID numbers, phones, birth dates, members&apos; addresses)</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>Mở bản ghi đã có</source>
        <translation>Open the existing record</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Nhập / Xuất</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Nhập sổ đăng ký từ bảng tính</source>
        <translation>Import registers from a workbook</translation>
    </message>
    <message>
        <source>Nhập tổ chức, thành viên, cán bộ, đào tạo, sản phẩm OCOP, xếp loại, số liệu và chỉ tiêu từ tệp Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) hoặc .csv. Chương trình kiểm tra cả tệp trước và cho xem sẽ thêm, sửa những gì; tệp có lỗi thì không có gì được ghi. Nhập lại cùng một tệp không tạo bản ghi trùng.</source>
        <translation>Import organisations, members, managers, training, OCOP products, ratings, figures and targets from an Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) or .csv file. The program checks the whole file first and shows what will be added or changed; if the file has errors nothing is written. Importing the same file again creates no duplicates.</translation>
    </message>
    <message>
        <source>&amp;Nhập từ bảng tính…</source>
        <translation>&amp;Import from a workbook…</translation>
    </message>
    <message>
        <source>Mẫu nhập liệu</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Bảng tính trống có sẵn các trang, tên cột, danh sách để chọn, một dòng ví dụ mỗi trang và trang hướng dẫn giải thích từng cột.</source>
        <translation>A blank workbook with the sheets, column names, lists to choose from, one example row per sheet and a help sheet explaining every column.</translation>
    </message>
    <message>
        <source>Tải &amp;mẫu nhập liệu…</source>
        <translation>Download the import &amp;template…</translation>
    </message>
    <message>
        <source>Xuất toàn bộ sổ đăng ký</source>
        <translation>Export every register</translation>
    </message>
    <message>
        <source>Ghi mọi sổ ra một bảng tính theo mẫu nhập liệu, để gửi đi hoặc nhập vào chương trình ở nơi khác.</source>
        <translation>Write every register to one workbook in the template&apos;s layout, to send on or to import into the program elsewhere.</translation>
    </message>
    <message>
        <source>Kèm dữ liệu &amp;cá nhân (số CCCD, điện thoại, ngày sinh, địa chỉ)</source>
        <translation>Include &amp;personal data (ID numbers, phones, birth dates, addresses)</translation>
    </message>
    <message>
        <source>&amp;Xuất toàn bộ sổ đăng ký…</source>
        <translation>&amp;Export every register…</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Đã nhập từ tệp {file}.</source>
        <translation>Imported from the file {file}.</translation>
    </message>
    <message>
        <source>Lưu bảng tính mẫu</source>
        <translation>Save the template workbook</translation>
    </message>
    <message>
        <source>Đang ghi bảng tính mẫu…</source>
        <translation>Writing the template workbook…</translation>
    </message>
    <message>
        <source>Đã ghi bảng tính mẫu {path}.</source>
        <translation>Wrote the template workbook {path}.</translation>
    </message>
    <message>
        <source>Tệp sẽ chứa số CCCD, số điện thoại và ngày sinh của mọi thành viên và cán bộ: đó là dữ liệu cá nhân, phải được giữ kín (Nghị định 13/2023/NĐ-CP). Việc xuất này được ghi vào nhật ký, kèm tên người xuất và tên tệp. Chỉ gửi tệp qua kênh an toàn và xóa khi không còn cần.

Vẫn xuất kèm dữ liệu cá nhân?</source>
        <translation>The file will contain the ID numbers, phone numbers and birth dates of every member and manager: this is personal data and must be kept confidential (Decree 13/2023/NĐ-CP). This export is written to the log, with the name of the person exporting and the file name. Send the file only through a secure channel and delete it when no longer needed.

Export with personal data anyway?</translation>
    </message>
    <message>
        <source>Xuất dữ liệu cá nhân</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Xuất toàn bộ sổ đăng ký</source>
        <translation>Export every register</translation>
    </message>
    <message>
        <source>Đang xuất sổ đăng ký…</source>
        <translation>Exporting the registers…</translation>
    </message>
    <message>
        <source>Đã xuất {path}: {counts}.</source>
        <translation>Exported {path}: {counts}.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tên cơ quan</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Date established</translation>
    </message>
    <message>
        <source>Ngày giải thể</source>
        <translation>Date dissolved</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Vốn điều lệ</source>
        <translation>Charter capital</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Chuỗi giá trị</source>
        <translation>Value chain</translation>
    </message>
    <message>
        <source>Năm tham gia chuỗi giá trị</source>
        <translation>Year joined a value chain</translation>
    </message>
    <message>
        <source>Công nghệ cao</source>
        <translation>High technology</translation>
    </message>
    <message>
        <source>Năm ứng dụng công nghệ cao</source>
        <translation>Year high technology applied</translation>
    </message>
    <message>
        <source>Chuyển đổi số</source>
        <translation>Digital transformation</translation>
    </message>
    <message>
        <source>Năm chuyển đổi số</source>
        <translation>Year of digital transformation</translation>
    </message>
    <message>
        <source>Tạm ngừng từ ngày</source>
        <translation>Suspended from</translation>
    </message>
    <message>
        <source>Tạm ngừng đến ngày</source>
        <translation>Suspended until</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Loại thành viên</source>
        <translation>Member type</translation>
    </message>
    <message>
        <source>Hình thức thành viên chính thức</source>
        <translation>Form of official membership</translation>
    </message>
    <message>
        <source>Đối tượng thành viên</source>
        <translation>Member category</translation>
    </message>
    <message>
        <source>Hợp tác xã thành viên</source>
        <translation>Member cooperative</translation>
    </message>
    <message>
        <source>Ngày vào</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Ngày ra</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Vốn góp</source>
        <translation>Capital contribution</translation>
    </message>
    <message>
        <source>Lao động thường xuyên</source>
        <translation>Regular workers</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Cơ sở đào tạo</source>
        <translation>Training institution</translation>
    </message>
    <message>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Nhóm sản phẩm</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Cấp công nhận</source>
        <translation>Recognised at level</translation>
    </message>
    <message>
        <source>Ngày hết hạn</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Doanh thu</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Lợi nhuận</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Thu nhập bình quân</source>
        <translation>Average income</translation>
    </message>
    <message>
        <source>Số thành viên kê khai</source>
        <translation>Declared number of members</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Giá trị tối đa</source>
        <translation>Maximum value</translation>
    </message>
    <message>
        <source>Sai số cho phép (%)</source>
        <translation>Allowed deviation (%)</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <source>{count} bản số liệu</source>
        <translation>{count} sets of figures</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc mã số tổ chức (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by organisation name or code (diacritics optional)… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng rồi thử lại; tệp cũ (nếu có) vẫn còn nguyên.</source>
        <translation>The disk is full; {path} could not be written. Free some space and try again; the old file (if any) is intact.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: tệp đang được mở trong một chương trình khác (ví dụ Excel) hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác rồi thử lại.</source>
        <translation>Cannot write {path}: the file is open in another program (for example Excel) or the folder cannot be written to. Close the file or choose another folder and try again.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: {reason}. Hãy chọn thư mục khác rồi thử lại.</source>
        <translation>Cannot write {path}: {reason}. Choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>FindingsForm</name>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>Chưa kiểm tra.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Kiểm tra tại &amp;ngày:</source>
        <translation>Check as of &amp;date:</translation>
    </message>
    <message>
        <source>Dữ liệu được xét như tại ngày này (để trống: hôm nay). Trước 01/7/2024 áp dụng mức của Luật Hợp tác xã 2012.</source>
        <translation>The data is examined as it stood on this date (empty: today). Before 01/7/2024 the thresholds of the 2012 Law on Cooperatives apply.</translation>
    </message>
    <message>
        <source>Chạy lại mọi quy tắc kiểm tra (F5)</source>
        <translation>Run every check rule again (F5)</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra lại</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Chỉ hiện lỗi: dữ liệu trái quy định của pháp luật</source>
        <translation>Show errors only: data that breaks the law</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Chỉ hiện cảnh báo: dữ liệu có thể sai, cần xem lại</source>
        <translation>Show warnings only: data that may be wrong and needs a look</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Chỉ hiện thông tin: việc còn phải làm</source>
        <translation>Show information only: work still to do</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Quy tắc:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>Tìm theo tên, nội dung (gõ không dấu cũng được)…</source>
        <translation>Search by name or text (diacritics optional)…</translation>
    </message>
    <message>
        <source>Không hiện những phát hiện đã được chấp nhận (vẫn được kiểm tra; mở lại khi hồ sơ thay đổi)</source>
        <translation>Do not show the findings that were accepted (they are still checked, and reopened when their record changes)</translation>
    </message>
    <message>
        <source>Ẩn phát hiện đã &amp;chấp nhận</source>
        <translation>Hide &amp;accepted findings</translation>
    </message>
    <message>
        <source>Mở hồ sơ của phát hiện đang chọn (Enter hoặc nhấp đúp)</source>
        <translation>Open the record of the selected finding (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Mở hồ sơ</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>&amp;Lý do chấp nhận:</source>
        <translation>&amp;Reason for accepting:</translation>
    </message>
    <message>
        <source>Khi dữ liệu là đúng (một ngoại lệ đã biết), ghi lý do rồi bấm Chấp nhận: phát hiện không còn được tính là chưa xử lý cho đến khi hồ sơ thay đổi. Lý do được ghi vào nhật ký.</source>
        <translation>When the data is right (a known exception), write the reason and press Accept: the finding no longer counts as open until its record changes. The reason is written to the log.</translation>
    </message>
    <message>
        <source>Ví dụ: tên đăng ký đúng như trên giấy chứng nhận</source>
        <translation>For example: the registered name is exactly as on the certificate</translation>
    </message>
    <message>
        <source>Chấp nhận phát hiện đang chọn với lý do đã ghi</source>
        <translation>Accept the selected finding for the reason written</translation>
    </message>
    <message>
        <source>C&amp;hấp nhận</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <source>Bỏ chấp nhận: phát hiện lại được tính là chưa xử lý</source>
        <translation>Withdraw the acceptance: the finding counts as open again</translation>
    </message>
    <message>
        <source>&amp;Bỏ chấp nhận</source>
        <translation>&amp;Withdraw acceptance</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Đã chấp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Mở lại (hồ sơ đã thay đổi)</source>
        <translation>Reopened (the record changed)</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do chấp nhận: {reason}</source>
        <translation>Reason for accepting: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingsScreen</name>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Tất cả ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <source>Ẩn phát hiện đã &amp;chấp nhận ({count})</source>
        <translation>Hide &amp;accepted findings ({count})</translation>
    </message>
    <message>
        <source>Tất cả quy tắc</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Không có phát hiện nào khớp với bộ lọc.</source>
        <translation>No finding matches the filter.</translation>
    </message>
    <message>
        <source>Đã chấp nhận ngày {day} ({user}): {reason}</source>
        <translation>Accepted on {day} ({user}): {reason}</translation>
    </message>
    <message>
        <source>Đã chấp nhận ngày {day} ({reason}) nhưng hồ sơ hoặc nội dung đã thay đổi từ đó: phát hiện được mở lại.</source>
        <translation>Accepted on {day} ({reason}), but the record or the finding has changed since: the finding is open again.</translation>
    </message>
    <message>
        <source>Đã chấp nhận phát hiện về “{label}”.</source>
        <translation>The finding about “{label}” was accepted.</translation>
    </message>
    <message>
        <source>Đã bỏ chấp nhận phát hiện về “{label}”.</source>
        <translation>The acceptance of the finding about “{label}” was withdrawn.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng KTTT Desktop</source>
        <translation>KTTT Desktop user guide</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Không mở được hướng dẫn {path}: {error}</source>
        <translation>Cannot open the guide {path}: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử thay đổi: {title}</source>
        <translation>Change history: {title}</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>No changes recorded yet.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Chữ số thứ 4 của số CCCD ({digit}) dành cho người sinh trong các năm {first}–{last}, không khớp với năm sinh đã nhập ({year}).</source>
        <translation>The 4th digit of the ID number ({digit}) is for people born in {first}–{last}, which does not match the birth year entered ({year}).</translation>
    </message>
    <message>
        <source>Chữ số thứ 5 và 6 của số CCCD ({digits}) phải là hai số cuối của năm sinh; năm sinh đã nhập là {year}.</source>
        <translation>The 5th and 6th digits of the ID number ({digits}) must be the last two digits of the birth year; the birth year entered is {year}.</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 của số CCCD ({digit}) chỉ giới tính {decoded}, không khớp với giới tính đã nhập ({typed}).</source>
        <translation>The 4th digit of the ID number ({digit}) means gender {decoded}, which does not match the gender entered ({typed}).</translation>
    </message>
    <message>
        <source>Số CCCD cho biết năm sinh {year}, là năm chưa tới: chữ số thứ 4 hoặc chữ số thứ 5, 6 đã bị gõ nhầm.</source>
        <translation>The ID number gives the birth year {year}, which is in the future: the 4th digit or the 5th and 6th digits were mistyped.</translation>
    </message>
    <message>
        <source>Ba chữ số đầu của số CCCD ({code}) không phải mã tỉnh nơi đăng ký khai sinh (001–096); số này chỉ đúng nếu người đó đăng ký khai sinh ở nước ngoài. Hãy đối chiếu lại với thẻ căn cước.</source>
        <translation>The first three digits of the ID number ({code}) are not the code of a province of birth registration (001–096); the number is right only if the person&apos;s birth was registered abroad. Check it against the ID card.</translation>
    </message>
    <message>
        <source>Số CCCD chỉ gồm chữ số; “{text}” có ký tự khác chữ số.</source>
        <translation>An ID number has digits only; “{text}” has other characters.</translation>
    </message>
    <message>
        <source>{number} là số chứng minh nhân dân cũ (9 chữ số), chỉ còn giá trị đến 31/12/2024. Nên thay bằng số CCCD 12 chữ số của người này.</source>
        <translation>{number} is an old identity card number (9 digits), valid only until 31/12/2024. Replace it with this person&apos;s 12-digit ID number.</translation>
    </message>
    <message>
        <source>Số CCCD “{text}” có {count} chữ số: có lẽ bảng tính đã bỏ mất số 0 ở đầu. Số đủ là {suggestion}.</source>
        <translation>The ID number “{text}” has {count} digits: the spreadsheet has probably dropped a leading 0. The full number is {suggestion}.</translation>
    </message>
    <message>
        <source>Số CCCD phải có 12 chữ số (số chứng minh nhân dân cũ có 9 chữ số); “{text}” có {count} chữ số.</source>
        <translation>An ID number must have 12 digits (old identity card numbers have 9); “{text}” has {count} digits.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Trang {sheet} đang bị ẩn nên người xem tệp không thấy các dòng của nó. Hãy bỏ ẩn trang (nhấp chuột phải vào tên trang → Bỏ ẩn), kiểm tra rồi nhập lại; hoặc xóa trang nếu không cần.</source>
        <translation>Sheet {sheet} is hidden, so whoever looks at the file does not see its rows. Unhide the sheet (right-click the sheet name → Unhide), check it and import again; or delete the sheet if it is not needed.</translation>
    </message>
    <message>
        <source>” hoặc “</source>
        <translation>” or “</translation>
    </message>
    <message>
        <source>Trang {sheet} thiếu cột bắt buộc “{column}”. Hãy thêm cột vào tệp, hoặc chọn một giá trị cho mọi dòng (ở bước ghép cột của trình nhập; với lệnh kttt import: --set &quot;{first}=…&quot;).</source>
        <translation>Sheet {sheet} lacks the required column “{column}”. Add the column to the file, or choose one value for every row (at the mapping step of the import wizard; with the kttt import command: --set &quot;{first}=…&quot;).</translation>
    </message>
    <message>
        <source>Cột “{header}” có hai lần (cột {first} và cột {second}); hãy xóa hoặc đổi tên một cột để chỉ còn một cột được nhập.</source>
        <translation>Column “{header}” appears twice (columns {first} and {second}); delete or rename one so that only one column is imported.</translation>
    </message>
    <message>
        <source>Ô tiêu đề “{header}” được gộp qua các cột {first}–{last} nên các cột sau cột {first} không có tên và không nhập được. Hãy bỏ gộp ô (Trộn và căn giữa) và đặt tên cho từng cột.</source>
        <translation>Header cell “{header}” is merged across columns {first}–{last}, so the columns after {first} have no name and cannot be imported. Unmerge the cells (Merge &amp; Center) and name each column.</translation>
    </message>
    <message>
        <source>Ô có công thức chưa được tính: tệp được một chương trình khác tạo ra và chưa từng mở bằng Excel, nên ô không có giá trị để nhập. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại.</source>
        <translation>The cell holds a formula that was never calculated: the file was made by another program and never opened in Excel, so the cell has no value to import. Open the file in Excel or LibreOffice, save it and import again.</translation>
    </message>
    <message>
        <source>đọc từ cột “{column}”</source>
        <translation>read from the column “{column}”</translation>
    </message>
    <message>
        <source>Cột “{column}”: {count} ô gõ bằng phông {font} đã được chuyển sang Unicode.</source>
        <translation>Column “{column}”: {count} cells typed in the {font} font were converted to Unicode.</translation>
    </message>
    <message>
        <source>Cột “{column}”: {count} ô bị bảng tính bỏ mất số 0 ở đầu đã được thêm lại.</source>
        <translation>Column “{column}”: {count} cells whose leading 0 the spreadsheet had dropped got it back.</translation>
    </message>
    <message>
        <source>Hãy đặt tên cho cách ghép cột.</source>
        <translation>Give the column mapping a name.</translation>
    </message>
    <message>
        <source>Lưu cách ghép cột</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <source>Không có cách ghép cột nào tên “{name}”.</source>
        <translation>There is no column mapping named “{name}”.</translation>
    </message>
    <message>
        <source>là {name} (mã {code})</source>
        <translation>is {name} (code {code})</translation>
    </message>
    <message>
        <source>Mã xã {code} là {name}, còn cột Xã/Phường ghi “{text}”: {other}. Hai cột chỉ hai xã, phường khác nhau; hãy sửa cột sai.</source>
        <translation>Commune code {code} is {name}, but the Xã/Phường column says “{text}”: {other}. The two columns name two different communes; correct the wrong one.</translation>
    </message>
    <message>
        <source>“{text}”: đã chọn {name} (mã {code}) cho mọi dòng ghi như vậy.</source>
        <translation>“{text}”: {name} (code {code}) was chosen for every row that writes it so.</translation>
    </message>
    <message>
        <source>{commune}, đổi theo sắp xếp đơn vị hành chính 2025</source>
        <translation>{commune}, renamed by the 2025 reorganisation of administrative units</translation>
    </message>
    <message>
        <source>Tổ chức này đã có ở dòng {row} của trang; mỗi tổ chức chỉ ghi một dòng.</source>
        <translation>This organisation is already on row {row} of the sheet; each organisation takes one row.</translation>
    </message>
    <message>
        <source>Lần tạm ngừng từ ngày này của tổ chức đã có ở dòng {row}.</source>
        <translation>This organisation&apos;s suspension from this date is already on row {row}.</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} đã có ở dòng {row} cho cùng tổ chức; mỗi thành viên chỉ ghi một dòng.</source>
        <translation>The ID number {cccd} is already on row {row} for the same organisation; each member takes one row.</translation>
    </message>
    <message>
        <source>trang {sheet} dòng {row}</source>
        <translation>sheet {sheet} row {row}</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} đã ghi cho {name} ({organisation}, {where}); một số CCCD chỉ là của một người. Hãy kiểm tra lại số CCCD của hai dòng.</source>
        <translation>CCCD number {cccd} is already given for {name} ({organisation}, {where}); a CCCD number belongs to one person only. Check the CCCD numbers of both rows.</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} cũng có ở {where} ({organisation}); hãy chắc đây là cùng một người.</source>
        <translation>CCCD number {cccd} is also on {where} ({organisation}); make sure this is the same person.</translation>
    </message>
    <message>
        <source>Cột “{column}” chỉ được ghi vào Người đại diện: tệp có trang cán bộ nên chức vụ của từng người lấy ở trang đó.</source>
        <translation>The column “{column}” is written to the representative only: the file has a managers sheet, so each person&apos;s position is taken from that sheet.</translation>
    </message>
    <message>
        <source>{positions}, cán bộ quản lý từ ngày thành lập</source>
        <translation>{positions}, manager from the founding date</translation>
    </message>
    <message>
        <source>Trình độ chưa biết nên ghi là “Chưa qua đào tạo”: hãy sửa ở mục Cán bộ.</source>
        <translation>The training level is unknown and recorded as “Chưa qua đào tạo”: correct it under Managers.</translation>
    </message>
    <message>
        <source>cột “{column}”</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <source>Tổ chức đã có người giữ chức {position}; “{name}” chỉ được ghi vào Người đại diện. Nếu đây là người mới giữ chức, hãy cập nhật ở mục Cán bộ.</source>
        <translation>The organisation already has someone in the post {position}; “{name}” is written to the representative only. If this is a new holder of the post, update it under Managers.</translation>
    </message>
    <message>
        <source>Trình độ khác với dòng {row} của cùng cán bộ; mỗi cán bộ chỉ có một trình độ.</source>
        <translation>The qualification differs from row {row} of the same manager; a manager has one qualification.</translation>
    </message>
    <message>
        <source>Chức vụ này của cán bộ, từ cùng ngày, đã có ở dòng {row}.</source>
        <translation>This position of the manager, from the same date, is already on row {row}.</translation>
    </message>
    <message>
        <source>Tổ chức này có {count} cán bộ cùng tên “{name}”: hãy ghi số CCCD hoặc ngày sinh để biết dòng này là của ai.</source>
        <translation>This organisation has {count} managers named “{name}”: give the ID number or the birth date to tell whose row this is.</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} là cán bộ của {count} tổ chức: hãy ghi mã số tổ chức.</source>
        <translation>The ID number {cccd} is a manager of {count} organisations: give the organisation code.</translation>
    </message>
    <message>
        <source>Không có cán bộ nào có số CCCD {cccd}, ở trang cán bộ của tệp cũng như trong cơ sở dữ liệu.</source>
        <translation>No manager has the ID number {cccd}, neither on the file&apos;s managers sheet nor in the database.</translation>
    </message>
    <message>
        <source>Hãy ghi số CCCD của cán bộ, hoặc mã số (tên) tổ chức của cán bộ.</source>
        <translation>Give the manager&apos;s ID number, or the code (name) of the manager&apos;s organisation.</translation>
    </message>
    <message>
        <source>Tổ chức này không có cán bộ nào tên “{name}” (ở trang cán bộ của tệp cũng như trong cơ sở dữ liệu).</source>
        <translation>This organisation has no manager named “{name}” (neither on the file&apos;s managers sheet nor in the database).</translation>
    </message>
    <message>
        <source>Tổ chức này có {count} cán bộ cùng tên “{name}”: hãy ghi số CCCD hoặc ngày sinh.</source>
        <translation>This organisation has {count} managers named “{name}”: give the ID number or the birth date.</translation>
    </message>
    <message>
        <source>Khóa học này của cán bộ, từ cùng ngày, đã có ở dòng {row}.</source>
        <translation>This course of the manager, from the same date, is already on row {row}.</translation>
    </message>
    <message>
        <source>Đã hủy việc nhập; không có gì được ghi.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>{name} (mã {code}) không thuộc địa bàn của cơ quan; chỉ nhập được tổ chức ở các xã, phường trong địa bàn.</source>
        <translation>{name} (code {code}) is not in the office&apos;s area; only organisations in the communes of the area can be imported.</translation>
    </message>
    <message>
        <source>{name} (mã {code}), ngoài địa bàn</source>
        <translation>{name} (code {code}), outside the area</translation>
    </message>
    <message>
        <source>{name} (mã {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>“{text}” nay là {names}: không xã, phường nào trong số đó thuộc địa bàn của cơ quan; chỉ nhập được tổ chức ở các xã, phường trong địa bàn.</source>
        <translation>“{text}” is now {names}: none of these communes is in the office&apos;s area; only organisations in the communes of the area can be imported.</translation>
    </message>
    <message>
        <source> hoặc </source>
        <translation> or </translation>
    </message>
    <message>
        <source>{names}, ngoài địa bàn</source>
        <translation>{names}, outside the area</translation>
    </message>
    <message>
        <source>Chọn ở bước kiểm tra của trình nhập (một lần cho mọi dòng ghi tên này), hoặc ghi mã xã mới vào tệp.</source>
        <translation>Choose in the check step of the import wizard (once for every row that writes this name), or write the new commune code in the file.</translation>
    </message>
    <message>
        <source>mã số {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>xã {commune}</source>
        <translation>commune {commune}</translation>
    </message>
    <message>
        <source>Không có tổ chức nào mã số {code}, ở trang tổ chức của tệp cũng như trong cơ sở dữ liệu.</source>
        <translation>No organisation has the code {code}, neither on the file&apos;s organisations sheet nor in the database.</translation>
    </message>
    <message>
        <source>Chưa ghi mã số hoặc tên tổ chức.</source>
        <translation>No organisation code or name given.</translation>
    </message>
    <message>
        <source>Không có tổ chức nào tên “{name}”, ở trang tổ chức của tệp cũng như trong cơ sở dữ liệu.</source>
        <translation>No organisation is named “{name}”, neither on the file&apos;s organisations sheet nor in the database.</translation>
    </message>
    <message>
        <source>Có {count} tổ chức cùng tên “{name}” ({which}): hãy ghi mã số tổ chức hoặc mã xã của tổ chức.</source>
        <translation>There are {count} organisations named “{name}” ({which}): give the organisation code or its commune code.</translation>
    </message>
    <message>
        <source>{sheet}, dòng {row}</source>
        <translation>{sheet}, row {row}</translation>
    </message>
    <message>
        <source>, cột “{column}”</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <source>{sheet}, cột “{column}”: “{value}” → {name} ({code}), {count} dòng (đổi theo sắp xếp đơn vị hành chính 2025)</source>
        <translation>{sheet}, column “{column}”: “{value}” → {name} ({code}), {count} rows (renamed by the 2025 reorganisation of administrative units)</translation>
    </message>
    <message>
        <source>{sheet}: {field} = {result}, {source}</source>
        <translation>{sheet}: {field} = {result}, {source}</translation>
    </message>
    <message>
        <source>, {count} dòng</source>
        <translation>, {count} rows</translation>
    </message>
    <message>
        <source>{sheet}, dòng {row}: {name} — {reason}</source>
        <translation>{sheet}, row {row}: {name} — {reason}</translation>
    </message>
    <message>
        <source>{sheet}: thêm mới {inserted}, cập nhật {updated}, không đổi {unchanged}, bị loại {rejected}</source>
        <translation>{sheet}: added {inserted}, updated {updated}, unchanged {unchanged}, rejected {rejected}</translation>
    </message>
    <message>
        <source>, bỏ qua {count} (ngoài địa bàn)</source>
        <translation>, left out {count} (outside the area)</translation>
    </message>
    <message>
        <source>Đọc tệp</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Nhập từ tệp {file}</source>
        <translation>Import from the file {file}</translation>
    </message>
    <message>
        <source>Dòng này không được nhập: {reason}.</source>
        <translation>This row is not imported: {reason}.</translation>
    </message>
    <message>
        <source>Cột “{column}” không được nhập: chương trình không nhận ra tên cột này.</source>
        <translation>Column “{column}” was not imported: the program does not recognise this column name.</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Sản phẩm này, với cùng ngày quyết định, đã có ở dòng {row}.</source>
        <translation>This product, with the same decision date, is already on row {row}.</translation>
    </message>
    <message>
        <source>Xếp loại của tổ chức trong năm này đã có ở dòng {row}.</source>
        <translation>The organisation&apos;s rating for this year is already on row {row}.</translation>
    </message>
    <message>
        <source>Số liệu của tổ chức trong năm này đã có ở dòng {row}.</source>
        <translation>The organisation&apos;s figures for this year are already on row {row}.</translation>
    </message>
    <message>
        <source>Cột “{column}” không được nhập: tệp có trang số liệu, hãy ghi số thành viên kê khai ở trang đó.</source>
        <translation>The column “{column}” is not imported: the file has a figures sheet; write the declared member count there.</translation>
    </message>
    <message>
        <source>số thành viên kê khai năm {year} (Số liệu)</source>
        <translation>declared members of {year} (figures)</translation>
    </message>
    <message>
        <source>Chỉ tiêu này của cùng năm đã có ở dòng {row}.</source>
        <translation>This indicator for the same year is already on row {row}.</translation>
    </message>
    <message>
        <source>Không biết số thành viên ở cột “{column}” là của năm nào: tiêu đề phía trên không ghi năm (ví dụ “Danh sách hợp tác xã năm 2024”). Hãy ghi năm vào tiêu đề, thêm cột Năm, hoặc chọn năm cho mọi dòng (với lệnh kttt import: --set &quot;Năm=2024&quot;).</source>
        <translation>The year of the member counts in the column “{column}” is unknown: the title above does not name a year (for example “Danh sách hợp tác xã năm 2024”). Write the year in the title, add a Năm column, or choose the year for every row (with the kttt import command: --set &quot;Năm=2024&quot;).</translation>
    </message>
    <message>
        <source>hãy chọn một trong: {values}</source>
        <translation>choose one of: {values}</translation>
    </message>
    <message>
        <source>Giá trị “{text}” chọn cho cột “{column}” của mọi dòng không đọc được: {problem}</source>
        <translation>The value “{text}” chosen for the column “{column}” of every row cannot be read: {problem}</translation>
    </message>
    <message>
        <source>giá trị chọn cho mọi dòng</source>
        <translation>value chosen for every row</translation>
    </message>
    <message>
        <source>Không biết loại hình của “{text}”: tên không bắt đầu bằng “Hợp tác xã”, “HTX”, “Tổ hợp tác”, “THT” hay “Liên hiệp hợp tác xã”. Hãy thêm cột Loại hình, hoặc chọn một loại hình cho mọi dòng.</source>
        <translation>The kind of “{text}” is unknown: the name does not start with “Hợp tác xã”, “HTX”, “Tổ hợp tác”, “THT” or “Liên hiệp hợp tác xã”. Add a Loại hình column, or choose one kind for every row.</translation>
    </message>
    <message>
        <source>Không thấy tên xã, phường trong địa chỉ “{text}”: hãy ghi thêm “xã …”, “phường …” (hoặc “thị trấn …” trước năm 2025) vào địa chỉ, thêm cột Xã/Phường, hoặc chọn một xã, phường cho mọi dòng.</source>
        <translation>No commune is named in the address “{text}”: add “xã …”, “phường …” (or “thị trấn …” before 2025) to the address, add a Xã/Phường column, or choose one commune for every row.</translation>
    </message>
    <message>
        <source>theo tiêu đề phía trên các cột</source>
        <translation>from the title above the columns</translation>
    </message>
    <message>
        <source>theo tên cột “{column}”</source>
        <translation>from the column name “{column}”</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Bước 1/4: chọn tệp</source>
        <translation>Step 1/4: choose the file</translation>
    </message>
    <message>
        <source>Bước 2/4: ghép trang và cột</source>
        <translation>Step 2/4: match sheets and columns</translation>
    </message>
    <message>
        <source>Bước 3/4: kiểm tra (chưa ghi gì)</source>
        <translation>Step 3/4: check (nothing written yet)</translation>
    </message>
    <message>
        <source>Bước 4/4: nhập</source>
        <translation>Step 4/4: import</translation>
    </message>
    <message>
        <source>Trang của tệp</source>
        <translation>Sheet of the file</translation>
    </message>
    <message>
        <source>Nhập vào sổ</source>
        <translation>Import into register</translation>
    </message>
    <message>
        <source>Dòng tiêu đề</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Cột của tệp</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Bị loại</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tên trong tệp</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Xã, phường mới</source>
        <translation>New commune</translation>
    </message>
    <message>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Bỏ qua (ngoài địa bàn)</source>
        <translation>Left out (outside the area)</translation>
    </message>
    <message>
        <source>Lấy từ</source>
        <translation>Taken from</translation>
    </message>
    <message>
        <source>Nay là</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Chọn bảng tính cần nhập</source>
        <translation>Choose the workbook to import</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Tệp đã thay đổi; đang đọc lại…</source>
        <translation>The file has changed; reading it again…</translation>
    </message>
    <message>
        <source>Tệp đã thay đổi từ lần đọc trước nên đã được đọc lại (giữ cách ghép cột).</source>
        <translation>The file changed since it was last read, so it was read again (the column mapping is kept).</translation>
    </message>
    <message>
        <source>Tệp đã thay đổi từ lần đọc trước nên đã được đọc lại; tên các cột đã khác nên các cột được ghép lại theo tên (giữ các giá trị đã chọn cho mọi dòng).</source>
        <translation>The file changed since it was last read, so it was read again; its column names changed, so the columns were mapped again by name (the values chosen for every row are kept).</translation>
    </message>
    <message>
        <source>Tệp có {sheets} trang; nhận ra {found} trang để nhập. Bấm Tiếp để xem cách ghép.</source>
        <translation>The file has {sheets} sheets; {found} recognised for import. Click Next to see the mapping.</translation>
    </message>
    <message>
        <source>Các cột giống tệp đã ghép trước: dùng cách ghép đã lưu “{name}”.</source>
        <translation>The columns are those of a file mapped before: the saved mapping “{name}” is used.</translation>
    </message>
    <message>
        <source>— không nhập —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Trang này không được nhập.</source>
        <translation>This sheet is not imported.</translation>
    </message>
    <message>
        <source>Các cột của trang “{sheet}” (dòng tiêu đề {row}):</source>
        <translation>Columns of the sheet “{sheet}” (header row {row}):</translation>
    </message>
    <message>
        <source>— bỏ qua —</source>
        <translation>— skip —</translation>
    </message>
    <message>
        <source>Hãy chọn tệp và đặt tên cho cách ghép trước khi lưu.</source>
        <translation>Choose a file and name the mapping before saving it.</translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Có {count} tổ chức ở xã, phường ngoài địa bàn của cơ quan. Nếu tệp là danh sách của cả tỉnh, hãy chọn “Bỏ qua các dòng ngoài địa bàn”.</source>
        <translation>{count} organisations are in communes outside the office&apos;s area. If the file lists the whole province, tick “Leave out the rows outside the area”.</translation>
    </message>
    <message>
        <source>Có {count} tên xã, phường cần chọn xã, phường mới (xem bên dưới); hãy chọn rồi bấm “Áp dụng lựa chọn và kiểm tra lại”.</source>
        <translation>{count} commune names need a new commune chosen (see below); choose, then click “Apply the choices and check again”.</translation>
    </message>
    <message>
        <source>Có {count} lỗi: tệp chưa nhập được. Hãy sửa tệp (xem danh sách, hoặc lưu báo cáo lỗi) rồi chọn lại tệp.</source>
        <translation>{count} errors: the file cannot be imported yet. Correct the file (see the list, or save the error report) and choose it again.</translation>
    </message>
    <message>
        <source>Tệp không có lỗi. Bấm Nhập để ghi các thay đổi trên.</source>
        <translation>The file has no errors. Click Import to write the changes above.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã giống tệp: không có gì cần nhập.</source>
        <translation>The database already matches the file: nothing to import.</translation>
    </message>
    <message>
        <source>Bỏ qua {count} tổ chức ngoài địa bàn (và các dòng của chúng ở các trang khác)</source>
        <translation>Leave out the {count} organisations outside the area (and their rows on the other sheets)</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng ngoài địa bàn: {count} dòng được bỏ qua (xem danh sách bên dưới)</source>
        <translation>Leave out the rows outside the area: {count} rows left out (see the list below)</translation>
    </message>
    <message>
        <source>{sheet}: cột không dùng: {columns}</source>
        <translation>{sheet}: columns not used: {columns}</translation>
    </message>
    <message>
        <source>Trang không nhập: {sheets}</source>
        <translation>Sheets not imported: {sheets}</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>{errors} lỗi, {warnings} cảnh báo</source>
        <translation>{errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <source>, {count} dòng bỏ qua (ngoài địa bàn)</source>
        <translation>, {count} rows left out (outside the area)</translation>
    </message>
    <message>
        <source> (hiện {shown} dòng đầu)</source>
        <translation> (first {shown} rows shown)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>{name} ({code}) — ngoài địa bàn</source>
        <translation>{name} ({code}) — outside the area</translation>
    </message>
    <message>
        <source>Lưu báo cáo lỗi</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo lỗi {path}.</source>
        <translation>Saved the error report {path}.</translation>
    </message>
    <message>
        <source>Đang sao lưu và ghi…</source>
        <translation>Backing up and writing…</translation>
    </message>
    <message>
        <source>Đã nhập xong. Bản sao lưu trước khi nhập: {backup}</source>
        <translation>Import finished. Backup made before the import: {backup}</translation>
    </message>
    <message>
        <source>Không nhập được: có {count} lỗi (dữ liệu đã thay đổi từ lúc kiểm tra). Không có gì được ghi.</source>
        <translation>Cannot import: {count} errors (the data changed since the check). Nothing was written.</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã hủy việc nhập; không có gì được ghi.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Trường tệp không có</source>
        <translation>Field the file lacks</translation>
    </message>
    <message>
        <source>Giá trị cho mọi dòng</source>
        <translation>Value for every row</translation>
    </message>
    <message>
        <source>— chưa có —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Theo tiêu đề phía trên các cột: {year}</source>
        <translation>From the title above the columns: {year}</translation>
    </message>
    <message>
        <source>Đọc từ cột “{column}”</source>
        <translation>Read from the column “{column}”</translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <source>Nhập sổ đăng ký từ bảng tính</source>
        <translation>Import registers from a workbook</translation>
    </message>
    <message>
        <source>Bước 1/4: chọn tệp</source>
        <translation>Step 1/4: choose the file</translation>
    </message>
    <message>
        <source>Chọn bảng tính cần nhập. Chương trình nhận ra các trang và các cột theo tên cột (có dấu hay không dấu, hoa hay thường); bước sau cho xem và sửa cách ghép.</source>
        <translation>Choose the workbook to import. The program recognises the sheets and columns by their names (with or without diacritics, in any case); the next step shows the mapping and lets you correct it.</translation>
    </message>
    <message>
        <source>Gõ hoặc dán đường dẫn tệp rồi bấm Enter, hoặc bấm Chọn tệp…</source>
        <translation>Type or paste the file&apos;s path and press Enter, or click Choose file…</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Mỗi trang của tệp được nhập vào một sổ; mỗi cột vào một trường. Sửa chỗ chương trình nhận sai bằng các danh sách chọn.</source>
        <translation>Each sheet of the file is imported into one register; each column into one field. Correct what the program got wrong with the drop-down lists.</translation>
    </message>
    <message>
        <source>Các trường mà trang này không có cột riêng: đọc từ cột khác, hoặc chọn (gõ) một giá trị cho mọi dòng.</source>
        <translation>The fields this sheet has no column for: read from another column, or choose (type) one value for every row.</translation>
    </message>
    <message>
        <source>Cách ghép đã &amp;lưu:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>Áp &amp;dụng</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Ghép các cột theo cách đã lưu</source>
        <translation>Match the columns as in the saved mapping</translation>
    </message>
    <message>
        <source>Tên để lưu cách ghép này</source>
        <translation>Name to save this mapping under</translation>
    </message>
    <message>
        <source>Lưu &amp;cách ghép</source>
        <translation>Save &amp;mapping</translation>
    </message>
    <message>
        <source>Lưu cách ghép để dùng cho lần nhập sau</source>
        <translation>Save the mapping for the next import</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng ngoài địa bàn</source>
        <translation>Leave out the rows outside the area</translation>
    </message>
    <message>
        <source>Không nhập các tổ chức ở xã, phường ngoài địa bàn của cơ quan, cùng các dòng của chúng ở các trang khác; các dòng bỏ qua được liệt kê bên dưới</source>
        <translation>Do not import the organisations in communes outside the office&apos;s area, nor their rows on the other sheets; the rows left out are listed below</translation>
    </message>
    <message>
        <source>Đọc từ nội dung tệp (tệp không có cột riêng)</source>
        <translation>Read from the file&apos;s content (the file has no column of its own)</translation>
    </message>
    <message>
        <source>Xã, phường theo sắp xếp đơn vị hành chính 2025</source>
        <translation>Communes after the 2025 reorganisation of administrative units</translation>
    </message>
    <message>
        <source>Các tên sau chỉ nhiều xã, phường mới (xã cũ đã được chia, hoặc nhiều xã cùng tên). Hãy chọn xã, phường mới cho từng tên: lựa chọn áp dụng cho mọi dòng ghi tên đó.</source>
        <translation>These names mean several new communes (an old commune was split, or several communes share the name). Choose the new commune for each name: the choice applies to every row that writes that name.</translation>
    </message>
    <message>
        <source>Áp dụng lựa chọn và &amp;kiểm tra lại</source>
        <translation>Apply the choices and &amp;check again</translation>
    </message>
    <message>
        <source>Kiểm tra lại tệp với các xã, phường đã chọn</source>
        <translation>Check the file again with the chosen communes</translation>
    </message>
    <message>
        <source>Các tên xã, phường cũ sau được đổi theo sắp xếp đơn vị hành chính 2025:</source>
        <translation>These old commune names are renamed by the 2025 reorganisation of administrative units:</translation>
    </message>
    <message>
        <source>Lưu &amp;báo cáo lỗi…</source>
        <translation>Save error &amp;report…</translation>
    </message>
    <message>
        <source>Ghi bản sao của tệp với các ô lỗi được tô màu và giải thích</source>
        <translation>Write a copy of the file with the cells in error coloured and explained</translation>
    </message>
    <message>
        <source>&amp;Quay lại</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Tiếp</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Ghi mọi thay đổi đã kiểm tra vào cơ sở dữ liệu (sao lưu trước khi ghi)</source>
        <translation>Write every checked change to the database (after a backup)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dừng việc nhập; chưa có gì được ghi</source>
        <translation>Stop the import; nothing has been written yet</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>IndicatorDefinition</name>
    <message>
        <source>Cán bộ quản lý đang giữ chức vụ quản lý tại ngày cuối kỳ (mỗi người tính một lần trong một tổ chức), theo trình độ đào tạo cao nhất.</source>
        <translation>Managers holding a management position on the last day of the period (each person counted once per organisation), by highest training qualification.</translation>
    </message>
    <message>
        <source>Cán bộ quản lý thuộc nhóm trình độ này ÷ số cán bộ quản lý × 100.</source>
        <translation>Managers in this qualification group ÷ number of managers × 100.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ có xếp loại năm báo cáo thuộc loại này.</source>
        <translation>{Org} existing on the last day of the period whose rating for the reporting year is in this class.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ có đánh dấu này, với năm bắt đầu (nếu có) không sau năm báo cáo.</source>
        <translation>{Org} existing on the last day of the period with this mark, whose starting year (if any) is not after the reporting year.</translation>
    </message>
    <message>
        <source>Số {org} có đánh dấu này ÷ số {org} tồn tại tại ngày cuối kỳ × 100.</source>
        <translation>Number of {org} with this mark ÷ number of {org} existing on the last day of the period × 100.</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP (từ 3 sao) của các {org} tồn tại tại ngày cuối kỳ, có quyết định công nhận đến ngày cuối kỳ và còn hiệu lực sau ngày đó.</source>
        <translation>OCOP products (3 stars or more) of the {org} existing on the last day of the period, recognised by a decision up to that day and still valid after it.</translation>
    </message>
    <message>
        <source>{Org} đã thành lập đến ngày cuối kỳ và chưa giải thể tại ngày đó.</source>
        <translation>{Org} established by the last day of the period and not dissolved on that day.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ và không tạm ngừng hoạt động vào ngày đó.</source>
        <translation>{Org} existing on the last day of the period and not suspended on that day.</translation>
    </message>
    <message>
        <source>{Org} có ngày thành lập trong kỳ.</source>
        <translation>{Org} established during the period.</translation>
    </message>
    <message>
        <source>{Org} có ngày giải thể trong kỳ.</source>
        <translation>{Org} dissolved during the period.</translation>
    </message>
    <message>
        <source>Thành viên tại ngày cuối kỳ của các {org} tồn tại tại ngày đó (liên hiệp: các HTX thành viên); tổ chức chưa nhập danh sách thành viên thì lấy số thành viên kê khai của năm gần nhất có số kê khai, đến năm của ngày cuối kỳ.</source>
        <translation>Members at the end of the period of the {org} that exist on that day (unions: their member cooperatives); an organisation whose member list has not been entered counts the members it declared in the latest year with a declared count, up to the year of the end of the period.</translation>
    </message>
    <message>
        <source>Phần của số thành viên lấy từ số kê khai của năm gần nhất có số kê khai (đến năm của ngày cuối kỳ), của các {org} chưa nhập danh sách thành viên.</source>
        <translation>The part of the members taken from the latest declared count (up to the year of the end of the period) of the {org} whose member list has not been entered.</translation>
    </message>
    <message>
        <source>Thành viên chính thức tại ngày cuối kỳ của các {org} tồn tại tại ngày đó (theo danh sách thành viên).</source>
        <translation>Official members on the last day of the period of the {org} existing on that day (from the member lists).</translation>
    </message>
    <message>
        <source>Thành viên của các {org} có ngày gia nhập trong kỳ.</source>
        <translation>Members of the {org} who joined during the period.</translation>
    </message>
    <message>
        <source>Thành viên của các {org} có ngày ra khỏi trong kỳ.</source>
        <translation>Members of the {org} who left during the period.</translation>
    </message>
    <message>
        <source>(Số thành viên tại ngày cuối kỳ ÷ số thành viên một năm trước đó − 1) × 100.</source>
        <translation>(Members on the last day of the period ÷ members one year earlier − 1) × 100.</translation>
    </message>
    <message>
        <source>Tổng số lao động thường xuyên trong số liệu năm báo cáo của các {org} tồn tại tại ngày cuối kỳ.</source>
        <translation>Total regular workers in the reporting year&apos;s figures of the {org} existing on the last day of the period.</translation>
    </message>
    <message>
        <source>Tổng doanh thu năm báo cáo của các {org} tồn tại tại ngày cuối kỳ.</source>
        <translation>Total revenue of the reporting year of the {org} existing on the last day of the period.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ có số liệu doanh thu năm báo cáo.</source>
        <translation>{Org} existing on the last day of the period that have revenue figures for the reporting year.</translation>
    </message>
    <message>
        <source>Tổng doanh thu năm báo cáo ÷ số {org} có số liệu doanh thu, triệu đồng.</source>
        <translation>Total revenue of the reporting year ÷ number of {org} with revenue figures, million VND.</translation>
    </message>
    <message>
        <source>(Doanh thu bình quân năm báo cáo ÷ doanh thu bình quân năm trước − 1) × 100.</source>
        <translation>(Average revenue of the reporting year ÷ average revenue of the year before − 1) × 100.</translation>
    </message>
    <message>
        <source>Tổng lợi nhuận trước thuế năm báo cáo của các {org} tồn tại tại ngày cuối kỳ.</source>
        <translation>Total pre-tax profit of the reporting year of the {org} existing on the last day of the period.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ có số liệu lợi nhuận trước thuế năm báo cáo.</source>
        <translation>{Org} existing on the last day of the period that have pre-tax profit figures for the reporting year.</translation>
    </message>
    <message>
        <source>Tổng lợi nhuận trước thuế năm báo cáo ÷ số {org} có số liệu lợi nhuận, triệu đồng.</source>
        <translation>Total pre-tax profit of the reporting year ÷ number of {org} with profit figures, million VND.</translation>
    </message>
    <message>
        <source>Tổng (thu nhập bình quân × số lao động thường xuyên) năm báo cáo của các {org} tồn tại tại ngày cuối kỳ có cả hai số liệu.</source>
        <translation>Sum of (average income × regular workers) in the reporting year of the {org} existing on the last day of the period that have both figures.</translation>
    </message>
    <message>
        <source>Tổng số lao động thường xuyên năm báo cáo của các {org} tồn tại tại ngày cuối kỳ có cả số lao động và thu nhập bình quân.</source>
        <translation>Total regular workers in the reporting year of the {org} existing on the last day of the period that have both the number of workers and the average income.</translation>
    </message>
    <message>
        <source>Tổng (thu nhập × số lao động) ÷ tổng số lao động, của các {org} có cả hai số liệu năm báo cáo; triệu đồng/người/năm.</source>
        <translation>Sum of (income × workers) ÷ total workers, of the {org} with both figures for the reporting year; million VND per person per year.</translation>
    </message>
    <message>
        <source>(Thu nhập bình quân năm báo cáo ÷ thu nhập bình quân năm trước − 1) × 100.</source>
        <translation>(Average income of the reporting year ÷ average income of the year before − 1) × 100.</translation>
    </message>
    <message>
        <source>{Org} tồn tại tại ngày cuối kỳ có xếp loại năm báo cáo, trừ loại “không đánh giá”.</source>
        <translation>{Org} existing on the last day of the period with a rating for the reporting year, except “not assessed”.</translation>
    </message>
    <message>
        <source>(Số xếp loại tốt + khá) ÷ số được xếp loại × 100.</source>
        <translation>(Rated good + fair) ÷ number rated × 100.</translation>
    </message>
    <message>
        <source>Lượt đào tạo, bồi dưỡng của cán bộ quản lý các {org} bắt đầu trong kỳ.</source>
        <translation>Training courses of managers of the {org} that started during the period.</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP từ 3 sao của các {org} có ngày quyết định công nhận trong kỳ.</source>
        <translation>OCOP products with 3 stars or more of the {org} whose recognition decision is dated within the period.</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP từ 3 sao của các {org} còn hiệu lực tại ngày cuối kỳ và hết hạn trong vòng 90 ngày sau ngày đó.</source>
        <translation>OCOP products with 3 stars or more of the {org} valid on the last day of the period and expiring within 90 days after it.</translation>
    </message>
    <message>
        <source>Chỉ tiêu do cơ quan tự theo dõi; giá trị của mỗi kỳ được nhập tay kèm nguồn số liệu.</source>
        <translation>An indicator the office tracks itself; the value of each period is entered by hand with the source of the figure.</translation>
    </message>
</context>
<context>
    <name>IndicatorLabel</name>
    <message>
        <source>Cán bộ quản lý {org} chưa qua đào tạo</source>
        <translation>Managers of {org} without training</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ sơ cấp</source>
        <translation>Managers of {org} with elementary training</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ trung cấp</source>
        <translation>Managers of {org} with intermediate training</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ cao đẳng</source>
        <translation>Managers of {org} with a college degree</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ đại học</source>
        <translation>Managers of {org} with a university degree</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ trên đại học</source>
        <translation>Managers of {org} with a postgraduate degree</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ sơ cấp, trung cấp</source>
        <translation>Managers of {org} with elementary or intermediate training</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ cao đẳng, đại học trở lên</source>
        <translation>Managers of {org} with a college degree or higher</translation>
    </message>
    <message>
        <source>Cán bộ quản lý {org} trình độ đại học trở lên</source>
        <translation>Managers of {org} with a university degree or higher</translation>
    </message>
    <message>
        <source>Tỷ lệ cán bộ quản lý {org} trình độ sơ cấp, trung cấp</source>
        <translation>Share of managers of {org} with elementary or intermediate training</translation>
    </message>
    <message>
        <source>Tỷ lệ cán bộ quản lý {org} trình độ cao đẳng, đại học trở lên</source>
        <translation>Share of managers of {org} with a college degree or higher</translation>
    </message>
    <message>
        <source>Tỷ lệ cán bộ quản lý {org} trình độ đại học trở lên</source>
        <translation>Share of managers of {org} with a university degree or higher</translation>
    </message>
    <message>
        <source>Số {org} xếp loại tốt</source>
        <translation>Number of {org} rated good</translation>
    </message>
    <message>
        <source>Số {org} xếp loại khá</source>
        <translation>Number of {org} rated fair</translation>
    </message>
    <message>
        <source>Số {org} xếp loại trung bình</source>
        <translation>Number of {org} rated average</translation>
    </message>
    <message>
        <source>Số {org} xếp loại yếu</source>
        <translation>Number of {org} rated weak</translation>
    </message>
    <message>
        <source>Số {org} tham gia liên kết theo chuỗi giá trị</source>
        <translation>Number of {org} in value-chain links</translation>
    </message>
    <message>
        <source>Tỷ lệ {org} tham gia liên kết theo chuỗi giá trị</source>
        <translation>Share of {org} in value-chain links</translation>
    </message>
    <message>
        <source>Số {org} ứng dụng công nghệ cao</source>
        <translation>Number of {org} applying high technology</translation>
    </message>
    <message>
        <source>Tỷ lệ {org} ứng dụng công nghệ cao</source>
        <translation>Share of {org} applying high technology</translation>
    </message>
    <message>
        <source>Số {org} ứng dụng chuyển đổi số</source>
        <translation>Number of {org} applying digital transformation</translation>
    </message>
    <message>
        <source>Tỷ lệ {org} ứng dụng chuyển đổi số</source>
        <translation>Share of {org} applying digital transformation</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP 3 sao của {org}</source>
        <translation>Number of 3-star OCOP products of {org}</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP 4 sao của {org}</source>
        <translation>Number of 4-star OCOP products of {org}</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP 5 sao của {org}</source>
        <translation>Number of 5-star OCOP products of {org}</translation>
    </message>
    <message>
        <source>Số {org}</source>
        <translation>Number of {org}</translation>
    </message>
    <message>
        <source>Số {org} đang hoạt động</source>
        <translation>Number of {org} operating</translation>
    </message>
    <message>
        <source>Số {org} thành lập mới</source>
        <translation>Number of new {org}</translation>
    </message>
    <message>
        <source>Số {org} giải thể</source>
        <translation>Number of {org} dissolved</translation>
    </message>
    <message>
        <source>Số thành viên {org}</source>
        <translation>Members of {org}</translation>
    </message>
    <message>
        <source>Số thành viên {org} theo số kê khai</source>
        <translation>Members of {org} by declared numbers</translation>
    </message>
    <message>
        <source>Số thành viên chính thức {org}</source>
        <translation>Official members of {org}</translation>
    </message>
    <message>
        <source>Số thành viên {org} mới kết nạp</source>
        <translation>New members of {org}</translation>
    </message>
    <message>
        <source>Số thành viên ra khỏi {org}</source>
        <translation>Members who left {org}</translation>
    </message>
    <message>
        <source>Tốc độ tăng số thành viên {org}</source>
        <translation>Growth of the members of {org}</translation>
    </message>
    <message>
        <source>Số lao động thường xuyên trong {org}</source>
        <translation>Regular workers in {org}</translation>
    </message>
    <message>
        <source>Tổng doanh thu của {org}</source>
        <translation>Total revenue of {org}</translation>
    </message>
    <message>
        <source>Số {org} có số liệu doanh thu</source>
        <translation>Number of {org} with revenue figures</translation>
    </message>
    <message>
        <source>Doanh thu bình quân một {org}</source>
        <translation>Average revenue of {org} (per organisation)</translation>
    </message>
    <message>
        <source>Tốc độ tăng doanh thu bình quân một {org}</source>
        <translation>Growth of the average revenue of {org} (per organisation)</translation>
    </message>
    <message>
        <source>Tổng lợi nhuận trước thuế của {org}</source>
        <translation>Total pre-tax profit of {org}</translation>
    </message>
    <message>
        <source>Số {org} có số liệu lợi nhuận</source>
        <translation>Number of {org} with profit figures</translation>
    </message>
    <message>
        <source>Lợi nhuận trước thuế bình quân một {org}</source>
        <translation>Average pre-tax profit of {org} (per organisation)</translation>
    </message>
    <message>
        <source>Tổng thu nhập của lao động thường xuyên trong {org}</source>
        <translation>Total income of the regular workers in {org}</translation>
    </message>
    <message>
        <source>Số lao động có số liệu thu nhập trong {org}</source>
        <translation>Workers with income figures in {org}</translation>
    </message>
    <message>
        <source>Thu nhập bình quân của lao động thường xuyên trong {org}</source>
        <translation>Average income of the regular workers in {org}</translation>
    </message>
    <message>
        <source>Tốc độ tăng thu nhập bình quân của lao động trong {org}</source>
        <translation>Growth of the average income of the workers in {org}</translation>
    </message>
    <message>
        <source>Số {org} được đánh giá, xếp loại</source>
        <translation>Number of {org} assessed and rated</translation>
    </message>
    <message>
        <source>Tỷ lệ {org} xếp loại tốt, khá</source>
        <translation>Share of {org} rated good or fair</translation>
    </message>
    <message>
        <source>Số cán bộ quản lý {org}</source>
        <translation>Number of managers of {org}</translation>
    </message>
    <message>
        <source>Lượt cán bộ quản lý {org} được đào tạo, bồi dưỡng</source>
        <translation>Training courses attended by managers of {org}</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP từ 3 sao của {org}</source>
        <translation>Number of OCOP products with 3 stars or more of {org}</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP của {org} mới được công nhận</source>
        <translation>Number of newly recognised OCOP products of {org}</translation>
    </message>
    <message>
        <source>Số sản phẩm OCOP của {org} sắp hết hạn</source>
        <translation>Number of OCOP products of {org} about to expire</translation>
    </message>
</context>
<context>
    <name>IndicatorScope</name>
    <message>
        <source>tổ hợp tác</source>
        <translation>cooperative groups</translation>
    </message>
    <message>
        <source>hợp tác xã</source>
        <translation>cooperatives</translation>
    </message>
    <message>
        <source>liên hiệp hợp tác xã</source>
        <translation>unions of cooperatives</translation>
    </message>
    <message>
        <source>tổ chức kinh tế tập thể</source>
        <translation>collective economy organisations</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Tổ hợp tác (THT)</source>
        <translation>Cooperative groups (THT)</translation>
    </message>
    <message>
        <source>Hợp tác xã (HTX)</source>
        <translation>Cooperatives (HTX)</translation>
    </message>
    <message>
        <source>Liên hiệp hợp tác xã (LHHTX)</source>
        <translation>Unions of cooperatives (LHHTX)</translation>
    </message>
    <message>
        <source>Toàn khu vực kinh tế tập thể (KTTT)</source>
        <translation>Whole collective economy (KTTT)</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự theo dõi</source>
        <translation>Self-tracked indicators</translation>
    </message>
    <message>
        <source>{label} (năm {year})</source>
        <translation>{label} ({year})</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lũy kế đến {day}</source>
        <translation>Year to date to {day}</translation>
    </message>
    <message>
        <source>Cùng kỳ {period}</source>
        <translation>Same period {period}</translation>
    </message>
    <message>
        <source>Nhấp đúp để xem danh sách hồ sơ tạo nên số này.</source>
        <translation>Double-click to see the list of records behind this number.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>… và {n} lỗi khác.</source>
        <translation>… and {n} more errors.</translation>
    </message>
    <message>
        <source>Liên kết giữa các bảng: tốt.</source>
        <translation>Links between tables: sound.</translation>
    </message>
    <message>
        <source>Liên kết giữa các bảng: {n} dòng của bảng {table} trỏ tới bản ghi không còn trong bảng {parent}.</source>
        <translation>Links between tables: {n} rows of the table {table} point to records no longer in the table {parent}.</translation>
    </message>
    <message>
        <source>Lược đồ dữ liệu: {revision}, đúng với phiên bản chương trình này.</source>
        <translation>Data schema: {revision}, matching this version of the program.</translation>
    </message>
    <message>
        <source>Lược đồ dữ liệu: tệp không ghi phiên bản lược đồ (tệp chưa được tạo xong).</source>
        <translation>Data schema: the file records no schema version (the file was never finished).</translation>
    </message>
    <message>
        <source>Lược đồ dữ liệu: {revision}, cũ hơn phiên bản này ({head}); tệp sẽ được sao lưu rồi nâng cấp khi mở để ghi.</source>
        <translation>Data schema: {revision}, older than this version ({head}); the file will be backed up and upgraded when opened for writing.</translation>
    </message>
    <message>
        <source>Lược đồ dữ liệu: {revision}, do một phiên bản mới hơn của chương trình tạo ra. Hãy cài phiên bản mới để dùng tệp này.</source>
        <translation>Data schema: {revision}, made by a newer version of the program. Install the new version to use this file.</translation>
    </message>
    <message>
        <source>Máy chủ không cho đọc bảng: {problem}</source>
        <translation>The server does not let this login read a table: {problem}</translation>
    </message>
    <message>
        <source>Mọi bảng đọc được; máy chủ PostgreSQL tự giữ toàn vẹn dữ liệu và liên kết giữa các bảng.</source>
        <translation>Every table can be read; the PostgreSQL server keeps its data and the links between tables sound itself.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn (integrity_check): tệp bị hỏng.</source>
        <translation>Integrity check (integrity_check): the file is damaged.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn (integrity_check): tốt.</source>
        <translation>Integrity check (integrity_check): sound.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Không đọc được khóa ký {path} ({problem}). Nếu tệp bị hỏng, hãy xóa nó: chương trình sẽ tạo khóa mới, và tỉnh cần đăng ký khóa mới đó.</source>
        <translation>Cannot read the signing key {path} ({problem}). If the file is damaged, delete it: the program will make a new key, which the province must then register.</translation>
    </message>
    <message>
        <source>Đã tạo khóa ký mới cho cơ quan (dấu vân tay {fingerprint}), lưu ở {path}. Hãy gửi khóa công khai lên tỉnh (kttt keys export) để báo cáo được xác thực.</source>
        <translation>Made a new signing key for the office (fingerprint {fingerprint}), kept in {path}. Send the public key to the province (kttt keys export) so that your returns are verified.</translation>
    </message>
    <message>
        <source>Đăng ký khóa ký của {office}</source>
        <translation>Registered the signing key of {office}</translation>
    </message>
    <message>
        <source>Tệp {path} không phải là tệp khóa công khai của KTTT Desktop (tệp *{suffix} do đơn vị xuất bằng “Xuất khóa công khai”).</source>
        <translation>The file {path} is not a KTTT Desktop public key file (a *{suffix} file an office writes with “Export public key”).</translation>
    </message>
    <message>
        <source>Thu hồi khóa ký</source>
        <translation>Revoked a signing key</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} chưa có thông tin cơ quan; hãy khai báo cơ quan trước khi gửi khóa lên tỉnh.</source>
        <translation>The database {path} has no office profile yet; fill it in before sending the key to the province.</translation>
    </message>
    <message>
        <source>Dấu vân tay đã nhập ({typed}) khác dấu vân tay của khóa trong tệp ({actual}). Khóa không được đăng ký: tệp có thể đã bị tráo trên đường gửi; hãy liên hệ lại đơn vị.</source>
        <translation>The fingerprint typed ({typed}) differs from the key file&apos;s ({actual}). The key is not registered: the file may have been swapped on its way; contact the office again.</translation>
    </message>
    <message>
        <source>Báo cáo được ghi nhưng không được ký số: {problem}</source>
        <translation>The return is written but not signed: {problem}</translation>
    </message>
    <message>
        <source>Không có khóa đã đăng ký nào có dấu vân tay {fingerprint}.</source>
        <translation>No registered key has the fingerprint {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>KeysForm</name>
    <message>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Khóa ký của cơ quan này</source>
        <translation>This office&apos;s signing key</translation>
    </message>
    <message>
        <source>Mỗi báo cáo Excel gửi lên được ký bằng khóa riêng của cơ quan, lưu trên máy này cạnh cơ sở dữ liệu. Gửi khóa công khai lên tỉnh một lần, rồi đọc dấu vân tay dưới đây cho cán bộ của tỉnh qua điện thoại để họ đăng ký.</source>
        <translation>Every Excel return sent up is signed with the office&apos;s own key, kept on this PC beside the database. Send the public key to the province once, then read the fingerprint below to the province&apos;s officer over the phone so that they register it.</translation>
    </message>
    <message>
        <source>&amp;Xuất khóa công khai…</source>
        <translation>&amp;Export public key…</translation>
    </message>
    <message>
        <source>Ghi khóa công khai của cơ quan ra tệp để gửi lên tỉnh</source>
        <translation>Write the office&apos;s public key to a file to send to the province</translation>
    </message>
    <message>
        <source>Khóa của các đơn vị đã đăng ký (dùng để xác thực báo cáo khi tổng hợp)</source>
        <translation>Registered offices&apos; keys (used to verify returns when consolidating)</translation>
    </message>
    <message>
        <source>Lý do thu hồi:</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <source>ví dụ: đơn vị đổi máy, mất máy</source>
        <translation>for example: the office changed or lost its PC</translation>
    </message>
    <message>
        <source>&amp;Thu hồi khóa đang chọn…</source>
        <translation>&amp;Revoke the selected key…</translation>
    </message>
    <message>
        <source>Đăng ký khóa của một đơn vị: chọn tệp khóa công khai đơn vị gửi lên, gõ dấu vân tay cán bộ của đơn vị đọc qua điện thoại, rồi bấm Đăng ký. Khóa chỉ được đăng ký khi hai dấu vân tay trùng nhau.</source>
        <translation>To register an office&apos;s key: choose the public key file the office sent, type the fingerprint its officer reads out over the phone, then click Register. The key is registered only when both fingerprints match.</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp khóa…</source>
        <translation>&amp;Choose key file…</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Dấu vân tay đọc qua điện thoại:</source>
        <translation>Fingerprint read out over the phone:</translation>
    </message>
    <message>
        <source>24 chữ số, ví dụ 1234 5678 9012 3456 7890 1234</source>
        <translation>24 digits, for example 1234 5678 9012 3456 7890 1234</translation>
    </message>
    <message>
        <source>Đăng &amp;ký</source>
        <translation>Re&amp;gister</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Số xã, phường</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Có hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Đã thu hồi ngày {day}</source>
        <translation>Revoked on {day}</translation>
    </message>
    <message>
        <source>Dấu vân tay: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Cơ quan chưa có khóa ký; khóa được tạo khi xuất báo cáo hoặc khóa công khai.</source>
        <translation>The office has no signing key yet; it is made when a return or the public key is exported.</translation>
    </message>
    <message>
        <source>Xuất khóa công khai</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Khóa công khai (*{suffix})</source>
        <translation>Public key (*{suffix})</translation>
    </message>
    <message>
        <source>Đã ghi {path}. Gửi tệp này lên tỉnh và đọc dấu vân tay {fingerprint} cho cán bộ của tỉnh qua điện thoại.</source>
        <translation>Wrote {path}. Send this file to the province and read the fingerprint {fingerprint} to the province&apos;s officer over the phone.</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai của đơn vị</source>
        <translation>Choose the office&apos;s public key file</translation>
    </message>
    <message>
        <source>{office}: {count} xã, phường (tệp {name}).</source>
        <translation>{office}: {count} communes (file {name}).</translation>
    </message>
    <message>
        <source>Đã đăng ký khóa của {office} (dấu vân tay {fingerprint}).</source>
        <translation>Registered the key of {office} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Thu hồi khóa của {office} (dấu vân tay {fingerprint})? Báo cáo ký bằng khóa này sẽ bị từ chối khi tổng hợp từ nay.</source>
        <translation>Revoke the key of {office} (fingerprint {fingerprint})? Returns signed with it will be refused when consolidating from now on.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của {office}.</source>
        <translation>Revoked the key of {office}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Không đọc được tệp ngôn ngữ {path}: {error}</source>
        <translation>Cannot read the language file {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>Cơ sở dữ liệu {path} nằm trên ổ mạng ({detail}). Trên ổ mạng, tệp có thể hỏng khi mạng chập chờn hoặc khi hai máy cùng ghi. Nên chép tệp về ổ đĩa của máy này (thư mục mặc định của chương trình) và dùng chức năng Sao lưu để gửi bản sao lên ổ mạng.</source>
        <translation>The database {path} is on a network drive ({detail}). On a network drive the file can be damaged when the network is unstable or when two computers write at once. Copy the file to this computer&apos;s disk (the program&apos;s default folder) and use Backup to send copies to the network drive.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} nằm trong thư mục đồng bộ {detail}. Phần mềm đồng bộ có thể chép tệp khi chương trình đang ghi dở, hoặc tạo các bản xung đột. Nên để cơ sở dữ liệu ở thư mục mặc định của chương trình và dùng chức năng Sao lưu để chép bản sao vào {detail}.</source>
        <translation>The database {path} is in the synchronised folder {detail}. Synchronisation software may copy the file while the program is half-way through writing, or create conflicting copies. Keep the database in the program&apos;s default folder and use Backup to copy backups into {detail}.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>vừa xong</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{n} phút trước</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <source>{n} giờ trước</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <source>{n} ngày trước</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>{user} mở trên máy {machine} từ {since} (cập nhật {age})</source>
        <translation>{user} opened it on the computer {machine} at {since} (updated {age})</translation>
    </message>
    <message>
        <source>một người dùng</source>
        <translation>a user</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang được một chương trình khác mở để ghi.</source>
        <translation>The database {path} is open for writing in another program.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang được {holder}.</source>
        <translation>The database {path} is in use: {holder}.</translation>
    </message>
    <message>
        <source>Mỗi lúc chỉ một nơi được ghi: hãy đóng chương trình ở đó rồi thử lại, hoặc mở ở chế độ chỉ đọc.</source>
        <translation>Only one place can write at a time: close the program there and try again, or open the file read-only.</translation>
    </message>
    <message>
        <source>Không mở được {path} để ghi: không tạo được tệp khóa bên cạnh ({error}). Hãy mở ở chế độ chỉ đọc, hoặc chép tệp sang một thư mục được phép ghi.</source>
        <translation>Cannot open {path} for writing: the lock file beside it could not be created ({error}). Open it read-only, or copy the file to a folder that can be written to.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mở cơ sở dữ liệu khác…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu tốt gần nhất</source>
        <translation>Restore from the latest good backup</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu khác…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu {path}…</source>
        <translation>Opening the database {path}…</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu KTTT (*.db *.sqlite);;Mọi tệp (*)</source>
        <translation>KTTT databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>(chỉ đọc)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu vẫn đang được mở để ghi ở nơi khác, nên vẫn chỉ đọc. Hãy đóng chương trình ở đó rồi thử lại.</source>
        <translation>The database is still open for writing elsewhere, so it stays read-only. Close the program there and try again.</translation>
    </message>
    <message>
        <source>Chưa mở cơ sở dữ liệu</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Khôi phục ngay từ bản sao lưu này? Tệp bị hỏng được giữ lại nguyên trạng trong thư mục sao lưu.</source>
        <translation>Restore from this backup now? The damaged file is kept as it is in the backup folder.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Chỉ đọc: {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
    <message>
        <source>Đã hiểu</source>
        <translation>Understood</translation>
    </message>
    <message>
        <source>Chỉ đọc: cơ sở dữ liệu đang được một chương trình khác mở để ghi.</source>
        <translation>Read only: the database is open for writing in another program.</translation>
    </message>
    <message>
        <source>Chỉ đọc: cơ sở dữ liệu đang được {holder}.</source>
        <translation>Read only: the database is in use: {holder}.</translation>
    </message>
    <message>
        <source>Bạn xem được mọi thứ nhưng không sửa được gì; khi chương trình kia đã đóng, hãy mở lại để ghi.</source>
        <translation>You can see everything but change nothing; once the other program has closed, reopen to write.</translation>
    </message>
    <message>
        <source>Mở lại để ghi</source>
        <translation>Reopen to write</translation>
    </message>
    <message>
        <source>Tiếp quản…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <source>Chỉ tiếp quản khi chắc chắn máy {machine} đã tắt, hoặc chương trình ở đó đã bị treo và không dùng nữa.

Nếu chương trình ở máy {machine} vẫn đang làm việc, hai nơi cùng ghi có thể làm mất dữ liệu: những gì đang sửa dở ở đó sẽ không được lưu.

Tiếp quản cơ sở dữ liệu từ {holder}?</source>
        <translation>Take over only when you are sure the computer {machine} is switched off, or the program there has hung and is no longer used.

If the program on {machine} is still working, two places writing at once can lose data: what is being edited there will not be saved.

Take over the database from {holder}?</translation>
    </message>
    <message>
        <source>Tiếp quản cơ sở dữ liệu</source>
        <translation>Take over the database</translation>
    </message>
    <message>
        <source>một chương trình khác</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đã bị tiếp quản: hiện đang được {holder}. Cửa sổ này đã ngừng ghi và mở lại ở chế độ chỉ đọc; những thay đổi chưa lưu ở đây không được lưu.</source>
        <translation>The database {path} has been taken over: it is now in use: {holder}. This window has stopped writing and reopened read-only; unsaved changes here were not saved.</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: {entry}</source>
        <translation>Automatic backup made: {entry}</translation>
    </message>
    <message>
        <source>Chưa sao lưu tự động được: {problem}</source>
        <translation>Automatic backup not made yet: {problem}</translation>
    </message>
    <message>
        <source>Đang khôi phục từ {source}…</source>
        <translation>Restoring from {source}…</translation>
    </message>
    <message>
        <source>Chưa có thông tin cơ quan</source>
        <translation>No office profile yet</translation>
    </message>
    <message>
        <source>Chào mừng bạn đến với KTTT Desktop. Hãy nhập thông tin cơ quan và chọn các xã, phường thuộc địa bàn quản lý; có thể sửa lại bất cứ lúc nào trong mục Cài đặt.</source>
        <translation>Welcome to KTTT Desktop. Enter your office&apos;s details and choose the communes and wards of the area it manages; you can change them at any time in Settings.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này chưa có thông tin cơ quan. Hãy nhập thông tin cơ quan và địa bàn.</source>
        <translation>This database has no office profile yet. Enter the office&apos;s details and its area.</translation>
    </message>
    <message>
        <source>KTTT Desktop — Quản lý kinh tế tập thể</source>
        <translation>KTTT Desktop — Collective economy management</translation>
    </message>
    <message>
        <source>KTTT Desktop {version}

Quản lý kinh tế tập thể: sổ đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, thành viên, cán bộ, sản phẩm OCOP; chỉ tiêu kế hoạch và báo cáo định kỳ.

Thư mục dữ liệu: {data}
Qt for Python {qt}</source>
        <translation>KTTT Desktop {version}

Collective economy management: registers of cooperative groups, cooperatives, unions of cooperatives, members, managers, OCOP products; plan targets and periodic returns.

Data folder: {data}
Qt for Python {qt}</translation>
    </message>
    <message>
        <source>Giới thiệu KTTT Desktop</source>
        <translation>About KTTT Desktop</translation>
    </message>
</context>
<context>
    <name>ManagerForm</name>
    <message>
        <source>Cán bộ</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Tổ &amp;chức (*):</source>
        <translation>Organi&amp;sation (*):</translation>
    </message>
    <message>
        <source>Gõ một phần tên tổ chức (không cần dấu) rồi chọn trong danh sách.</source>
        <translation>Type part of the organisation&apos;s name (diacritics optional), then choose from the list.</translation>
    </message>
    <message>
        <source>Họ và tê&amp;n (*):</source>
        <translation>Full &amp;name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Hoàng Thị Lan</source>
        <translation>For example: Hoàng Thị Lan</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Ngày sinh dạng ngày/tháng/năm; chỉ biết năm sinh thì gõ năm (ví dụ 1975).</source>
        <translation>Date of birth as day/month/year; if only the year is known, type the year (for example 1975).</translation>
    </message>
    <message>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Số CCC&amp;D:</source>
        <translation>I&amp;D number:</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Điện th&amp;oại:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <source>Ví dụ: 0912 345 678</source>
        <translation>For example: 0912 345 678</translation>
    </message>
    <message>
        <source>T&amp;rình độ (*):</source>
        <translation>Q&amp;ualification (*):</translation>
    </message>
    <message>
        <source>Trình độ đào tạo cao nhất của cán bộ (dùng cho chỉ tiêu cán bộ được đào tạo).</source>
        <translation>The manager&apos;s highest training qualification (used by the indicators of trained managers).</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
</context>
<context>
    <name>ManagerPositionForm</name>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Chức vụ (*):</source>
        <translation>&amp;Position (*):</translation>
    </message>
    <message>
        <source>Từ &amp;ngày (*):</source>
        <translation>&amp;From (*):</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Để trống nếu cán bộ vẫn đang giữ chức vụ này.</source>
        <translation>Leave empty if the manager still holds this position.</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đương nhiệm</source>
        <translation>In office</translation>
    </message>
    <message>
        <source>Đang giữ chức vụ</source>
        <translation>Holding a position</translation>
    </message>
    <message>
        <source>Không còn chức vụ</source>
        <translation>No position any more</translation>
    </message>
    <message>
        <source>Đương nhiệm và đã thôi</source>
        <translation>In office and former</translation>
    </message>
    <message>
        <source>{count} cán bộ</source>
        <translation>{count} managers</translation>
    </message>
    <message>
        <source>Tìm theo họ tên hoặc số CCCD (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by full name or ID number (diacritics optional)… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ManagerTabs</name>
    <message>
        <source>Thông tin cán bộ</source>
        <translation>Manager details</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Đào tạo</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ManualIndicatorDialog</name>
    <message>
        <source>Đổi tên chỉ tiêu tự theo dõi</source>
        <translation>Rename the self-tracked indicator</translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu mang mã {code}; hãy đặt mã khác.</source>
        <translation>There is already an indicator with the code {code}; choose another code.</translation>
    </message>
</context>
<context>
    <name>ManualIndicatorForm</name>
    <message>
        <source>Chỉ tiêu tự theo dõi</source>
        <translation>Self-tracked indicator</translation>
    </message>
    <message>
        <source>&amp;Tên chỉ tiêu (*):</source>
        <translation>Indicator &amp;name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Tỷ trọng đóng góp của KTTT vào GRDP</source>
        <translation>For example: Share of the collective economy in GRDP</translation>
    </message>
    <message>
        <source>Đơn &amp;vị tính:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Ví dụ: %</source>
        <translation>For example: %</translation>
    </message>
    <message>
        <source>&amp;Mã:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Mã dùng trong tệp báo cáo gửi lên: chữ thường không dấu, chữ số và dấu gạch dưới; tự đặt theo tên.</source>
        <translation>Code used in the return files sent up: lower-case letters without diacritics, digits and underscores; made from the name automatically.</translation>
    </message>
</context>
<context>
    <name>ManualIndicators</name>
    <message>
        <source>Mã “{slug}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 40 ký tự.</source>
        <translation>The code “{slug}” is not valid: use only lower-case letters without diacritics, digits and underscores, at most 40 characters.</translation>
    </message>
    <message>
        <source>Hãy nhập tên chỉ tiêu.</source>
        <translation>Enter the indicator&apos;s name.</translation>
    </message>
    <message>
        <source>Chưa xóa được chỉ tiêu {code}: còn chỉ tiêu kế hoạch các năm {years} dùng đến nó.</source>
        <translation>The indicator {code} cannot be deleted yet: plan targets of the years {years} still use it.</translation>
    </message>
    <message>
        <source>Giá trị của chỉ tiêu phải là một số.</source>
        <translation>The indicator&apos;s value must be a number.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu tự theo dõi {code}.</source>
        <translation>There is no self-tracked indicator {code}.</translation>
    </message>
</context>
<context>
    <name>ManualValueDialog</name>
    <message>
        <source>Hãy ghi nguồn của số liệu (cơ quan, văn bản, ngày).</source>
        <translation>Give the source of the figure (body, document, date).</translation>
    </message>
</context>
<context>
    <name>ManualValueForm</name>
    <message>
        <source>Giá trị chỉ tiêu tự theo dõi</source>
        <translation>Value of a self-tracked indicator</translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Giá trị:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Để trống để xóa giá trị của kỳ này</source>
        <translation>Leave empty to delete the value of this period</translation>
    </message>
    <message>
        <source>&amp;Nguồn số liệu:</source>
        <translation>&amp;Source of the figure:</translation>
    </message>
    <message>
        <source>Ví dụ: Cục Thống kê tỉnh, báo cáo ngày 05/10/2025</source>
        <translation>For example: Provincial Statistics Office, report of 05/10/2025</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>&amp;Tổ chức (*):</source>
        <translation>&amp;Organisation (*):</translation>
    </message>
    <message>
        <source>&amp;Họ và tên (*):</source>
        <translation>Full &amp;name (*):</translation>
    </message>
    <message>
        <source>Hộ gia đình: tên chủ hộ; pháp nhân: tên tổ chức</source>
        <translation>Household: name of the head of household; legal person: name of the organisation</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Dân tộc:</source>
        <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
        <source>Ví dụ: Kinh, Tày, Nùng</source>
        <translation>E.g. Kinh, Tày, Nùng</translation>
    </message>
    <message>
        <source>Số &amp;CCCD:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Điện t&amp;hoại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Đối tượn&amp;g (*):</source>
        <translation>Cate&amp;gory (*):</translation>
    </message>
    <message>
        <source>&amp;Loại thành viên (*):</source>
        <translation>Member &amp;type (*):</translation>
    </message>
    <message>
        <source>Hình thứ&amp;c:</source>
        <translation>For&amp;m:</translation>
    </message>
    <message>
        <source>HTX thành &amp;viên:</source>
        <translation>Member coo&amp;perative:</translation>
    </message>
    <message>
        <source>Ngày và&amp;o (*):</source>
        <translation>Joined &amp;on (*):</translation>
    </message>
    <message>
        <source>Ngày &amp;ra:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <source>Vốn góp (triệu đồ&amp;ng):</source>
        <translation>Capital contribution (million V&amp;ND):</translation>
    </message>
    <message>
        <source>Là lao động thường &amp;xuyên của tổ chức</source>
        <translation>Is a regular &amp;worker of the organisation</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Enter ở ô này để lưu</source>
        <translation>Enter in this field saves</translation>
    </message>
</context>
<context>
    <name>MemberKind</name>
    <message>
        <source>Chính thức</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Liên kết góp vốn</source>
        <translation>Associate with capital</translation>
    </message>
    <message>
        <source>Liên kết không góp vốn</source>
        <translation>Associate without capital</translation>
    </message>
</context>
<context>
    <name>MemberScreen</name>
    <message>
        <source>Loại tổ chức</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Loại thành viên</source>
        <translation>Member type</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đang là thành viên</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>Đã ra</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>{count} thành viên</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc số CCCD (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by name or ID number (diacritics optional)… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MemberType</name>
    <message>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Pháp nhân</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <source>Tổ chức khác</source>
        <translation>Other organisation</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Thông báo</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Chọn thư mục</source>
        <translation>&amp;Choose folder</translation>
    </message>
    <message>
        <source>Tìm t&amp;rong:</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Tên tệp:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Loại tệp:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Tiếp</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Lên thư mục cha</source>
        <translation>Parent folder</translation>
    </message>
    <message>
        <source>Tạo thư mục mới</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Xem dạng danh sách</source>
        <translation>List view</translation>
    </message>
    <message>
        <source>Xem chi tiết</source>
        <translation>Detail view</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>NotRatedReason</name>
    <message>
        <source>Chưa thành lập trong năm đánh giá</source>
        <translation>Not yet established in the assessment year</translation>
    </message>
    <message>
        <source>Hoạt động chưa đủ 12 tháng tính đến hết năm</source>
        <translation>Operating for less than 12 months by the end of the year</translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động quá 3 tháng trong năm</source>
        <translation>Suspended for more than 3 months in the year</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” không phải là một số; hãy viết theo kiểu Việt Nam, ví dụ 1.325,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).</source>
        <translation>“{text}” is not a number; write it the Vietnamese way, for example 1.325,5 (dots between thousands, a comma before the decimals).</translation>
    </message>
    <message>
        <source>“{text}” phải là số nguyên.</source>
        <translation>“{text}” must be a whole number.</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>{label} không được âm ({amount} triệu đồng).</source>
        <translation>{label} cannot be negative ({amount} million VND).</translation>
    </message>
    <message>
        <source>{label} {amount} triệu đồng lớn bất thường (từ một triệu tỷ đồng trở lên); hãy kiểm tra lại số chữ số và đơn vị tính.</source>
        <translation>{label} {amount} million VND is unusually large (a million billion VND or more); check the number of digits and the unit.</translation>
    </message>
    <message>
        <source>{label} không được âm ({number}).</source>
        <translation>{label} cannot be negative ({number}).</translation>
    </message>
</context>
<context>
    <name>OcopForm</name>
    <message>
        <source>tự động: {day}</source>
        <translation>automatic: {day}</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
</context>
<context>
    <name>OcopGroup</name>
    <message>
        <source>Thực phẩm</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Đồ uống</source>
        <translation>Beverages</translation>
    </message>
    <message>
        <source>Dược liệu và sản phẩm từ dược liệu</source>
        <translation>Medicinal herbs and herbal products</translation>
    </message>
    <message>
        <source>Hàng thủ công mỹ nghệ</source>
        <translation>Handicrafts and fine art</translation>
    </message>
    <message>
        <source>Sinh vật cảnh</source>
        <translation>Ornamental plants and animals</translation>
    </message>
    <message>
        <source>Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch</source>
        <translation>Community tourism, eco-tourism services and tourist sites</translation>
    </message>
</context>
<context>
    <name>OcopLevel</name>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Trung ương</source>
        <translation>Central</translation>
    </message>
</context>
<context>
    <name>OcopProductForm</name>
    <message>
        <source>Sản phẩm OCOP</source>
        <translation>OCOP product</translation>
    </message>
    <message>
        <source>Tổ &amp;chức (*):</source>
        <translation>Organi&amp;sation (*):</translation>
    </message>
    <message>
        <source>Gõ một phần tên tổ chức (không cần dấu) rồi chọn trong danh sách.</source>
        <translation>Type part of the organisation&apos;s name (diacritics optional), then choose from the list.</translation>
    </message>
    <message>
        <source>Tên &amp;sản phẩm (*):</source>
        <translation>Product &amp;name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Chè Bình Liêu</source>
        <translation>For example: Bình Liêu tea</translation>
    </message>
    <message>
        <source>&amp;Nhóm sản phẩm (*):</source>
        <translation>Product &amp;group (*):</translation>
    </message>
    <message>
        <source>Số s&amp;ao (*):</source>
        <translation>&amp;Stars (*):</translation>
    </message>
    <message>
        <source>Điể&amp;m:</source>
        <translation>Sco&amp;re:</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Số &amp;quyết định:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>Ví dụ: 1234/QĐ-UBND</source>
        <translation>For example: 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>Ngà&amp;y quyết định (*):</source>
        <translation>Decision &amp;date (*):</translation>
    </message>
    <message>
        <source>Cấ&amp;p công nhận:</source>
        <translation>Recognised at &amp;level:</translation>
    </message>
    <message>
        <source>N&amp;gày hết hạn:</source>
        <translation>E&amp;xpiry date:</translation>
    </message>
    <message>
        <source>Để trống: 36 tháng sau ngày quyết định.</source>
        <translation>Empty: 36 months after the decision date.</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
</context>
<context>
    <name>OcopScreen</name>
    <message>
        <source>Đã hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Còn {days} ngày</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <source>Còn hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Nhóm sản phẩm</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sắp hết hạn</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Còn hiệu lực, hết hạn trong {days} ngày tới</source>
        <translation>Valid, expiring within the next {days} days</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>{count} sản phẩm</source>
        <translation>{count} products</translation>
    </message>
    <message>
        <source>Tìm theo tên sản phẩm hoặc tổ chức (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by product or organisation name (diacritics optional)… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>OcopStars</name>
    <message>
        <source>3 sao</source>
        <translation>3 stars</translation>
    </message>
    <message>
        <source>4 sao</source>
        <translation>4 stars</translation>
    </message>
    <message>
        <source>5 sao</source>
        <translation>5 stars</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Hãy nhập tên cơ quan.</source>
        <translation>Enter the office&apos;s name.</translation>
    </message>
    <message>
        <source>Mã tỉnh “{code}” không có trong danh mục 34 tỉnh, thành phố.</source>
        <translation>The province code “{code}” is not in the list of 34 provinces and cities.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một xã, phường trong địa bàn.</source>
        <translation>Choose at least one commune of the area.</translation>
    </message>
    <message>
        <source>Các mã xã sau không thuộc tỉnh đã chọn: {codes}.</source>
        <translation>These commune codes are not in the chosen province: {codes}.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Thông tin cơ quan</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thông tin cơ quan chưa được lưu. Khi chưa có cơ quan và địa bàn, danh sách xã, phường còn trống và chưa lập được báo cáo. Hãy nhập ở mục Cài đặt.</source>
        <translation>The office profile was not saved. Without an office and its area, the lists of communes stay empty and no return can be made. Enter it in Settings.</translation>
    </message>
    <message>
        <source>Chưa lưu thông tin cơ quan</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <source>Các thay đổi thông tin cơ quan chưa được lưu.</source>
        <translation>The changes to the office profile were not saved.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileEditor</name>
    <message>
        <source>Gõ tên tỉnh (không cần dấu)</source>
        <translation>Type the province (accents optional)</translation>
    </message>
    <message>
        <source>Đã chọn {chosen} / {total} xã, phường</source>
        <translation>{chosen} of {total} communes chosen</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>Thông tin cơ quan</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Cơ quan và người ký báo cáo</source>
        <translation>Office and signatory of the returns</translation>
    </message>
    <message>
        <source>&amp;Tên cơ quan (*):</source>
        <translation>Office &amp;name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Phòng Kinh tế xã Bình Liêu</source>
        <translation>For example: Economic Office of Bình Liêu commune</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <source>Ví dụ: UBND XÃ BÌNH LIÊU</source>
        <translation>For example: UBND XÃ BÌNH LIÊU</translation>
    </message>
    <message>
        <source>Địa &amp;danh:</source>
        <translation>&amp;Place name:</translation>
    </message>
    <message>
        <source>Địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ “Bình Liêu, ngày 05 tháng 02 năm 2026”.</source>
        <translation>The place name on the date line of the return, for example “Bình Liêu, ngày 05 tháng 02 năm 2026”.</translation>
    </message>
    <message>
        <source>Ví dụ: Bình Liêu</source>
        <translation>For example: Bình Liêu</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu văn bản:</source>
        <translation>Document s&amp;ymbol:</translation>
    </message>
    <message>
        <source>Phần ký hiệu sau số của báo cáo: “Số: …/BC-UBND”.</source>
        <translation>The symbol after the number of the return: “Số: …/BC-UBND”.</translation>
    </message>
    <message>
        <source>BC-UBND</source>
        <translation>BC-UBND</translation>
    </message>
    <message>
        <source>Thẩm &amp;quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>Ví dụ: KT. TRƯỞNG PHÒNG</source>
        <translation>For example: KT. TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>C&amp;hức vụ người ký:</source>
        <translation>Signatory&apos;s p&amp;osition:</translation>
    </message>
    <message>
        <source>Ví dụ: PHÓ TRƯỞNG PHÒNG</source>
        <translation>For example: PHÓ TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>&amp;Người ký:</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <source>Người &amp;lập biểu:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, ví dụ:
- UBND tỉnh;
- Lưu: VT.</source>
        <translation>One recipient per line, for example:
- UBND tỉnh;
- Lưu: VT.</translation>
    </message>
    <message>
        <source>Địa bàn quản lý (*)</source>
        <translation>Area managed (*)</translation>
    </message>
    <message>
        <source>T&amp;ỉnh, thành phố:</source>
        <translation>Pro&amp;vince or city:</translation>
    </message>
    <message>
        <source>Tìm xã, phường (gõ không dấu cũng được)…</source>
        <translation>Search communes (diacritics optional)…</translation>
    </message>
    <message>
        <source>Đánh dấu các xã, phường thuộc địa bàn của cơ quan.</source>
        <translation>Tick the communes and wards of the office&apos;s area.</translation>
    </message>
    <message>
        <source>Chọn tất cả các xã, phường đang hiện trong danh sách.</source>
        <translation>Select every commune shown in the list.</translation>
    </message>
    <message>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Bỏ chọn các xã, phường đang hiện trong danh sách.</source>
        <translation>Unselect the communes shown in the list.</translation>
    </message>
    <message>
        <source>Bỏ chọn</source>
        <translation>Unselect</translation>
    </message>
</context>
<context>
    <name>OfficialSubtype</name>
    <message>
        <source>Góp vốn và sử dụng sản phẩm, dịch vụ</source>
        <translation>Contributes capital and uses products and services</translation>
    </message>
    <message>
        <source>Góp vốn và góp sức lao động</source>
        <translation>Contributes capital and labour</translation>
    </message>
    <message>
        <source>Góp vốn, sử dụng sản phẩm, dịch vụ và góp sức lao động</source>
        <translation>Contributes capital, uses products and services and contributes labour</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Tổ hợp tác</source>
        <translation>Cooperative group</translation>
    </message>
    <message>
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Liên hiệp hợp tác xã</source>
        <translation>Union of cooperatives</translation>
    </message>
</context>
<context>
    <name>OrgStatus</name>
    <message>
        <source>Chưa thành lập</source>
        <translation>Not yet established</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Loại hình (*):</source>
        <translation>&amp;Type (*):</translation>
    </message>
    <message>
        <source>&amp;Tên (*):</source>
        <translation>&amp;Name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Hợp tác xã Nông nghiệp Đồng Tâm</source>
        <translation>For example: Hợp tác xã Nông nghiệp Đồng Tâm</translation>
    </message>
    <message>
        <source>&amp;Mã số (MST):</source>
        <translation>&amp;Code (tax code):</translation>
    </message>
    <message>
        <source>10 chữ số; tổ hợp tác có thể để trống</source>
        <translation>10 digits; may be empty for a cooperative group</translation>
    </message>
    <message>
        <source>&amp;Xã, phường (*):</source>
        <translation>Co&amp;mmune (*):</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Lĩnh &amp;vực (*):</source>
        <translation>Sec&amp;tor (*):</translation>
    </message>
    <message>
        <source>Ngày thành lậ&amp;p (*):</source>
        <translation>Date esta&amp;blished (*):</translation>
    </message>
    <message>
        <source>Ngày &amp;giải thể:</source>
        <translation>Date &amp;dissolved:</translation>
    </message>
    <message>
        <source>Vốn điề&amp;u lệ (triệu đồng):</source>
        <translation>Charter capital (million VN&amp;D):</translation>
    </message>
    <message>
        <source>Người đại &amp;diện:</source>
        <translation>Re&amp;presentative:</translation>
    </message>
    <message>
        <source>Điện t&amp;hoại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Tham gia &amp;chuỗi giá trị, từ năm</source>
        <translation>In a value &amp;chain, since the year</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Ứng dụng công nghệ ca&amp;o, từ năm</source>
        <translation>Applies high techn&amp;ology, since the year</translation>
    </message>
    <message>
        <source>Chuyển đổi &amp;số, từ năm</source>
        <translation>Digital tran&amp;sformation, since the year</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Enter ở ô này để lưu</source>
        <translation>Enter in this field saves</translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation>Suspensions</translation>
    </message>
</context>
<context>
    <name>OrganisationScreen</name>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Tình trạng hôm nay</source>
        <translation>Status today</translation>
    </message>
    <message>
        <source>{count} tổ chức</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc mã số (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by name or code (diacritics optional)… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Thành viê&amp;n</source>
        <translation>Me&amp;mbers</translation>
    </message>
    <message>
        <source>Cán &amp;bộ</source>
        <translation>Mana&amp;gers</translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>không có tệp hoặc thư mục này</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>không có quyền</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>ổ đĩa chỉ cho đọc</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>đó là một thư mục</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>một phần của đường dẫn không phải là thư mục</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>đã có tệp hoặc thư mục tên này</source>
        <translation>a file or folder of that name exists</translation>
    </message>
    <message>
        <source>tệp đang được dùng</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>tên tệp quá dài</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>lỗi đọc ghi ổ đĩa</source>
        <translation>a disk read or write error</translation>
    </message>
    <message>
        <source>tệp đang mở trong một chương trình khác</source>
        <translation>the file is open in another program</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>{path} là một thư mục, không phải tệp; hãy ghi cả tên tệp (ví dụ {example}). Không có gì được ghi.</source>
        <translation>{path} is a folder, not a file; give the file name too (for example {example}). Nothing was written.</translation>
    </message>
    <message>
        <source>Không ghi được ra {path}: thư mục {folder} dành cho các bản sao lưu của cơ sở dữ liệu. Hãy chọn thư mục khác. Không có gì được ghi.</source>
        <translation>Cannot write to {path}: the folder {folder} holds the database&apos;s backups. Choose another folder. Nothing was written.</translation>
    </message>
    <message>
        <source>Tệp kết quả {path} trùng với tệp đang đọc {source}; ghi vào đó sẽ mất tệp gốc. Hãy chọn tên tệp khác. Không có gì được ghi.</source>
        <translation>The output {path} is the file being read, {source}; writing it would lose the original. Choose another name. Nothing was written.</translation>
    </message>
    <message>
        <source>Hai tệp kết quả cùng một tên {path}; hãy đặt tên khác nhau. Không có gì được ghi.</source>
        <translation>Two outputs have the same name {path}; give them different names. Nothing was written.</translation>
    </message>
    <message>
        <source>Không ghi được ra {path}: đó là cơ sở dữ liệu {database} (hoặc tệp đi kèm của nó) và sẽ bị mất. Hãy chọn tên tệp khác. Không có gì được ghi.</source>
        <translation>Cannot write to {path}: it is the database {database} (or one of its files) and would be lost. Choose another file name. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>CN - TTCN</source>
        <translation>Industry &amp; handicrafts</translation>
    </message>
    <message>
        <source>TM - DV</source>
        <translation>Trade &amp; services</translation>
    </message>
    <message>
        <source>Tổ chức theo ngành nghề và loại hình</source>
        <translation>Organisations by sector and type</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại 5 năm gần nhất (dưới mỗi năm: % tốt, khá)</source>
        <translation>Ratings of the last 5 years (under each year: % good or fair)</translation>
    </message>
    <message>
        <source>Thành viên cuối mỗi năm</source>
        <translation>Members at the end of each year</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP còn hiệu lực theo số sao</source>
        <translation>Valid OCOP products by stars</translation>
    </message>
    <message>
        <source>Thành viên (mọi loại hình)</source>
        <translation>Members (all types)</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>{stars} sao</source>
        <translation>{stars} stars</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu kế hoạch</source>
        <translation>&amp;Plan targets</translation>
    </message>
    <message>
        <source>Đến mục Chỉ tiêu</source>
        <translation>Go to Targets</translation>
    </message>
    <message>
        <source>&amp;Bảng số liệu</source>
        <translation>&amp;Figures table</translation>
    </message>
    <message>
        <source>Số gạch chân: nhấp đúp (hoặc chọn rồi nhấn Enter) để xem danh sách hồ sơ tạo nên số đó.</source>
        <translation>Underlined numbers: double-click (or select and press Enter) to see the list of records behind the number.</translation>
    </message>
    <message>
        <source>Biểu &amp;đồ</source>
        <translation>&amp;Charts</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Số liệu tại ngày {end}; số phát sinh từ {start} đến {end};
{yearly}.</source>
        <translation>Figures as of {end}; flows from {start} to {end};
{yearly}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch năm {year}</source>
        <translation>Plan targets for {year}</translation>
    </message>
    <message>
        <source>Năm {year} chưa có chỉ tiêu kế hoạch. Nhập chỉ tiêu (hoặc sao chép chỉ tiêu năm trước) ở mục Chỉ tiêu.</source>
        <translation>There are no plan targets for {year} yet. Enter targets (or copy last year&apos;s) in Targets.</translation>
    </message>
    <message>
        <source>{reached} đạt hoặc vượt · {missing} chưa đạt · {no_data} không có số liệu</source>
        <translation>{reached} reached or exceeded · {missing} not reached · {no_data} without data</translation>
    </message>
    <message>
        <source>“{label}” là chỉ tiêu tự theo dõi: giá trị {value} được nhập tay{source}.</source>
        <translation>“{label}” is a self-tracked indicator: the value {value} was entered by hand{source}.</translation>
    </message>
    <message>
        <source>, nguồn: {source}</source>
        <translation>, source: {source}</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{count} trang</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>theo số liệu năm {year}</source>
        <translation>from the figures of {year}</translation>
    </message>
    <message>
        <source>lao động, doanh thu, lợi nhuận, thu nhập và xếp loại {words}</source>
        <translation>workers, revenue, profit, income and ratings {words}</translation>
    </message>
    <message>
        <source>Kỳ báo cáo “{text}” không hợp lệ. Hãy viết 2026 (năm), 2026-Q1 … 2026-Q4 (quý), 2026-H1 (6 tháng) hoặc 2026-M9 (9 tháng).</source>
        <translation>The reporting period “{text}” is not valid. Write 2026 (year), 2026-Q1 … 2026-Q4 (quarter), 2026-H1 (6 months) or 2026-M9 (9 months).</translation>
    </message>
    <message>
        <source>quý {roman} năm {year}</source>
        <translation>quarter {roman} of {year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>the first 6 months of {year}</translation>
    </message>
    <message>
        <source>9 tháng năm {year}</source>
        <translation>the first 9 months of {year}</translation>
    </message>
    <message>
        <source>năm {year}</source>
        <translation>the year {year}</translation>
    </message>
    <message>
        <source>Quý {roman}/{year}</source>
        <translation>Q{roman}/{year}</translation>
    </message>
    <message>
        <source>6 tháng/{year}</source>
        <translation>6 months/{year}</translation>
    </message>
    <message>
        <source>9 tháng/{year}</source>
        <translation>9 months/{year}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Quý I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Số {number} dùng đầu số di động cũ {old} (đã chuyển sang 10 chữ số từ năm 2018); số hiện nay là {new}.</source>
        <translation>The number {number} uses the old mobile prefix {old} (moved to 10 digits in 2018); the current number is {new}.</translation>
    </message>
    <message>
        <source>Số điện thoại {number} thiếu số 0 ở đầu (bảng tính thường bỏ mất số này); số đủ là {fixed}.</source>
        <translation>The phone number {number} lacks the leading 0 (spreadsheets often drop it); the full number is {fixed}.</translation>
    </message>
    <message>
        <source>Số điện thoại “{text}” không đúng: số di động gồm 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định gồm 11 chữ số bắt đầu bằng 02.</source>
        <translation>The phone number “{text}” is not right: a mobile number has 10 digits starting with 03, 05, 07, 08 or 09; a landline number has 11 digits starting with 02.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Chức năng này chưa có trong phiên bản này.</source>
        <translation>This function is not in this version yet.</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>Chủ tịch HĐQT</source>
        <translation>Chair of the board</translation>
    </message>
    <message>
        <source>Giám đốc</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Phó giám đốc</source>
        <translation>Deputy director</translation>
    </message>
    <message>
        <source>Trưởng ban kiểm soát</source>
        <translation>Head of the supervisory board</translation>
    </message>
    <message>
        <source>Kiểm soát viên</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Kế toán trưởng</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Group leader</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Thông tư 01/2020/TT-BKHĐT</source>
        <translation>Circular 01/2020/TT-BKHĐT</translation>
    </message>
</context>
<context>
    <name>RatingClass</name>
    <message>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>&amp;Dùng xếp loại “{class_}”</source>
        <translation>&amp;Use the rating “{class_}”</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Tổ &amp;chức (*):</source>
        <translation>Organi&amp;sation (*):</translation>
    </message>
    <message>
        <source>Gõ một phần tên tổ chức (không cần dấu) rồi chọn trong danh sách.</source>
        <translation>Type part of the organisation&apos;s name (diacritics optional), then choose from the list.</translation>
    </message>
    <message>
        <source>&amp;Năm (*):</source>
        <translation>&amp;Year (*):</translation>
    </message>
    <message>
        <source>Ví dụ: 2025</source>
        <translation>For example: 2025</translation>
    </message>
    <message>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>&amp;Criteria set:</translation>
    </message>
    <message>
        <source>Điể&amp;m:</source>
        <translation>Sco&amp;re:</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Xếp l&amp;oại (*):</source>
        <translation>Rat&amp;ing (*):</translation>
    </message>
    <message>
        <source>&amp;Dùng xếp loại gợi ý</source>
        <translation>&amp;Use the suggested rating</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Xếp loại</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>{count} lượt xếp loại</source>
        <translation>{count} ratings</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc mã số tổ chức (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by organisation name or code (diacritics optional)… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Năm {year} tổ chức này chưa thành lập.</source>
        <translation>In {year} this organisation had not been established yet.</translation>
    </message>
    <message>
        <source>Năm {year} tổ chức này thuộc diện “{class_}”: {reason}.</source>
        <translation>In {year} this organisation is “{class_}”: {reason}.</translation>
    </message>
    <message>
        <source>Theo {scheme}, {score} điểm là loại “{class_}”.</source>
        <translation>Under {scheme}, {score} points is the class “{class_}”.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Chỉ đọc: cơ sở dữ liệu đang được một chương trình khác mở để ghi.</source>
        <translation>Read only: the database is open for writing in another program.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lưu bản ghi (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Hủy thay đổi</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Trở lại thông tin đã lưu (Esc)</source>
        <translation>Back to the saved information (Esc)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Chuyển bản ghi vào thùng rác</source>
        <translation>Move the record to the recycle bin</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Ai đã sửa gì, khi nào, vì sao</source>
        <translation>Who changed what, when and why</translation>
    </message>
    <message>
        <source>Thêm {what} mới</source>
        <translation>Add a new {what}</translation>
    </message>
    <message>
        <source>Chọn một bản ghi trong danh sách, hoặc nhấn Ctrl+N để thêm mới.</source>
        <translation>Choose a record in the list, or press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>“{title}” có thay đổi chưa lưu. Lưu các thay đổi trước khi rời đi?</source>
        <translation>“{title}” has unsaved changes. Save them before leaving?</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi chưa lưu?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
    <message>
        <source>Xóa {what} “{title}”? Bản ghi được chuyển vào thùng rác (cùng các bản ghi thuộc nó) và có thể khôi phục bằng Ctrl+Z hoặc từ thùng rác.</source>
        <translation>Delete the {what} “{title}”? The record goes to the recycle bin (with the records that belong to it) and can be restored with Ctrl+Z or from the recycle bin.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>&amp;Thêm mới</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Thêm bản ghi mới (Ctrl+N)</source>
        <translation>Add a new record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hoàn tác xóa</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi vừa xóa (Ctrl+Z)</source>
        <translation>Restore the record just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Thùng rác…</source>
        <translation>Recycle bin…</translation>
    </message>
    <message>
        <source>Hiện thông tin cá nhân</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>Ngày sinh, số CCCD và số điện thoại được che trong danh sách; đánh dấu để hiện.</source>
        <translation>Birth dates, ID numbers and phone numbers are masked in the list; tick to show them.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>{label} dài {length} ký tự, quá giới hạn {limit} ký tự; hãy rút gọn.</source>
        <translation>{label} is {length} characters long, over the limit of {limit}; please shorten it.</translation>
    </message>
    <message>
        <source>Chưa nhập {label}.</source>
        <translation>{label} not entered.</translation>
    </message>
    <message>
        <source>{label} “{value}” không có trong danh sách ({choices}).</source>
        <translation>{label} “{value}” is not in the list ({choices}).</translation>
    </message>
    <message>
        <source>{label} {year} không hợp lý: phải từ {first} đến {last}.</source>
        <translation>{label} {year} is not plausible: it must be from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label} {value} nằm ngoài khoảng {low}–{high}.</source>
        <translation>{label} {value} is outside {low}–{high}.</translation>
    </message>
    <message>
        <source>{label} ({day}) sớm hơn ngày thành lập của tổ chức ({established}).</source>
        <translation>{label} ({day}) is earlier than the organisation&apos;s establishment date ({established}).</translation>
    </message>
    <message>
        <source>{label} ({day}) muộn hơn ngày giải thể của tổ chức ({dissolved}).</source>
        <translation>{label} ({day}) is later than the organisation&apos;s dissolution date ({dissolved}).</translation>
    </message>
    <message>
        <source>Tên hợp tác xã thường bắt đầu bằng “Hợp tác xã” (viết đầy đủ, không viết tắt “HTX”); tên đã nhập là “{name}”.</source>
        <translation>A cooperative&apos;s name usually begins with “Hợp tác xã” (in full, not abbreviated “HTX”); the name entered is “{name}”.</translation>
    </message>
    <message>
        <source>Tên liên hiệp hợp tác xã thường bắt đầu bằng “Liên hiệp hợp tác xã”; tên đã nhập là “{name}”.</source>
        <translation>A union of cooperatives&apos; name usually begins with “Liên hiệp hợp tác xã”; the name entered is “{name}”.</translation>
    </message>
    <message>
        <source>Tên “{name}” là tên của hợp tác xã, nhưng loại hình đã chọn là tổ hợp tác; hãy kiểm tra lại loại hình.</source>
        <translation>The name “{name}” is a cooperative&apos;s name, but the type chosen is cooperative group; check the type.</translation>
    </message>
    <message>
        <source>Chưa nhập mã số: {kind} phải có mã số (mã số thuế 10 chữ số).</source>
        <translation>No code entered: a {kind} must have a code (a 10-digit tax code).</translation>
    </message>
    <message>
        <source>Mã xã “{code}” không đúng: mã xã gồm 5 chữ số (theo danh mục đơn vị hành chính).</source>
        <translation>The commune code “{code}” is not right: a commune code has 5 digits (from the list of administrative units).</translation>
    </message>
    <message>
        <source>Đã nhập {year_label} ({year}) nhưng chưa đánh dấu “{flag_label}”.</source>
        <translation>{year_label} ({year}) is entered but “{flag_label}” is not ticked.</translation>
    </message>
    <message>
        <source>{label} ({year}) trước năm thành lập ({established}).</source>
        <translation>{label} ({year}) is before the year of establishment ({established}).</translation>
    </message>
    <message>
        <source>{label} {amount} triệu đồng là từ một nghìn tỷ đồng trở lên. Số tiền ghi bằng triệu đồng: có phải đã gõ số đồng?</source>
        <translation>{label} {amount} million VND is a thousand billion VND or more. Amounts are typed in million VND: was the amount typed in VND?</translation>
    </message>
    <message>
        <source>Ngày thành lập {day} sớm bất thường (trước năm {first}); hãy kiểm tra lại.</source>
        <translation>The establishment date {day} is unusually early (before {first}); check it.</translation>
    </message>
    <message>
        <source>Thời gian tạm ngừng này trùng với lần tạm ngừng từ {start} đến {end} đã có.</source>
        <translation>This suspension overlaps the existing suspension from {start} to {end}.</translation>
    </message>
    <message>
        <source>nay</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Năm sinh ({year}) không khớp với ngày sinh ({birth}).</source>
        <translation>The birth year ({year}) does not match the date of birth ({birth}).</translation>
    </message>
    <message>
        <source>Năm sinh {year}: người này đã hơn 100 tuổi; hãy kiểm tra lại.</source>
        <translation>Birth year {year}: this person would be over 100; check it.</translation>
    </message>
    <message>
        <source>Chỉ thành viên chính thức mới có hình thức thành viên chính thức; thành viên này là “{kind}”.</source>
        <translation>Only official members have a form of official membership; this member is “{kind}”.</translation>
    </message>
    <message>
        <source>Tổ hợp tác không có thành viên liên kết; hãy chọn loại thành viên “{official}”.</source>
        <translation>A cooperative group has no associate members; choose the member type “{official}”.</translation>
    </message>
    <message>
        <source>Thành viên chính thức của liên hiệp hợp tác xã phải là hợp tác xã (pháp nhân), không thể là “{type}”.</source>
        <translation>An official member of a union of cooperatives must be a cooperative (a legal person), not “{type}”.</translation>
    </message>
    <message>
        <source>Thành viên liên kết của liên hiệp hợp tác xã phải là pháp nhân, không thể là “{type}”.</source>
        <translation>An associate member of a union of cooperatives must be a legal person, not “{type}”.</translation>
    </message>
    <message>
        <source>Thành viên liên kết không góp vốn nhưng có vốn góp {amount} triệu đồng; hãy sửa loại thành viên hoặc số vốn góp.</source>
        <translation>An associate member without capital has a capital contribution of {amount} million VND; correct the member type or the contribution.</translation>
    </message>
    <message>
        <source>Lợi nhuận ({profit} triệu đồng) lớn hơn doanh thu ({revenue} triệu đồng); hãy kiểm tra lại.</source>
        <translation>The profit ({profit} million VND) is greater than the revenue ({revenue} million VND); check it.</translation>
    </message>
    <message>
        <source>Thu nhập bình quân {income} triệu đồng/người/năm thấp bất thường; số này tính cho cả năm, không phải cho một tháng.</source>
        <translation>An average income of {income} million VND per person per year is unusually low; this figure is for the whole year, not for one month.</translation>
    </message>
    <message>
        <source>Thành viên “{kind}” phải góp vốn, nhưng vốn góp đã nhập là 0.</source>
        <translation>A “{kind}” member must contribute capital, but the contribution entered is 0.</translation>
    </message>
    <message>
        <source>Chức vụ “{position}” không có ở {kind}.</source>
        <translation>The position “{position}” does not exist in a {kind}.</translation>
    </message>
    <message>
        <source>Số sao phải từ 3 đến 5: chỉ sản phẩm đạt từ 3 sao mới được công nhận là sản phẩm OCOP (đã nhập {stars}).</source>
        <translation>Stars must be from 3 to 5: only products with 3 stars or more are recognised as OCOP products ({stars} entered).</translation>
    </message>
    <message>
        <source>Điểm {score} không khớp với {stars} sao: hạng {stars} sao cần từ {low} điểm trở lên.</source>
        <translation>The score {score} does not match {stars} stars: {stars} stars need {low} points or more.</translation>
    </message>
    <message>
        <source>Điểm {score} không khớp với {stars} sao: hạng {stars} sao cần từ {low} đến dưới {high} điểm.</source>
        <translation>The score {score} does not match {stars} stars: {stars} stars need from {low} to under {high} points.</translation>
    </message>
    <message>
        <source>Cấp huyện không còn từ 01/07/2025; quyết định ngày {day} phải do cấp tỉnh hoặc trung ương ban hành.</source>
        <translation>The district level no longer exists from 01/07/2025; a decision dated {day} must come from the province or the central level.</translation>
    </message>
    <message>
        <source>Sản phẩm 5 sao do trung ương công nhận, nhưng cấp công nhận đã nhập là “{level}”.</source>
        <translation>5-star products are recognised by the central level, but the level entered is “{level}”.</translation>
    </message>
    <message>
        <source>Trung ương chỉ công nhận sản phẩm 5 sao; sản phẩm {stars} sao do cấp tỉnh hoặc cấp huyện công nhận.</source>
        <translation>The central level recognises only 5-star products; {stars}-star products are recognised by the province or district.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí “{scheme}” chưa có trong chương trình; không kiểm tra được xếp loại theo điểm.</source>
        <translation>The criteria set “{scheme}” is not in the program yet; the rating cannot be checked against the score.</translation>
    </message>
    <message>
        <source>Năm {year} tổ chức này thuộc diện không đánh giá ({reason}), nhưng xếp loại đã nhập là “{rating}”.</source>
        <translation>In {year} this organisation is not assessed ({reason}), but the rating entered is “{rating}”.</translation>
    </message>
    <message>
        <source>Đã nhập điểm {score} nhưng xếp loại là “{rating}”.</source>
        <translation>The score {score} is entered but the rating is “{rating}”.</translation>
    </message>
    <message>
        <source>Theo {scheme}, {score} điểm là loại “{expected}”, nhưng xếp loại đã nhập là “{rating}”.</source>
        <translation>Under {scheme}, {score} points is the class “{expected}”, but the rating entered is “{rating}”.</translation>
    </message>
    <message>
        <source>Năm {year} trước năm thành lập của tổ chức ({established}).</source>
        <translation>The year {year} is before the organisation was established ({established}).</translation>
    </message>
    <message>
        <source>Năm {year} sau năm giải thể của tổ chức ({dissolved}).</source>
        <translation>The year {year} is after the organisation was dissolved ({dissolved}).</translation>
    </message>
    <message>
        <source>Chỉ tiêu dạng “từ … đến” cần cả giá trị tối đa.</source>
        <translation>A “from … to” target needs a maximum value too.</translation>
    </message>
    <message>
        <source>Giá trị tối đa ({high}) nhỏ hơn giá trị tối thiểu ({low}).</source>
        <translation>The maximum value ({high}) is smaller than the minimum value ({low}).</translation>
    </message>
    <message>
        <source>Giá trị tối đa chỉ dùng cho chỉ tiêu dạng “từ … đến”; với cách so sánh “{comparator}” nó bị bỏ qua.</source>
        <translation>The maximum value is used only by “from … to” targets; with the comparison “{comparator}” it is ignored.</translation>
    </message>
    <message>
        <source>Sai số cho phép phải lớn hơn 0 và không quá 100%.</source>
        <translation>The allowed deviation must be more than 0 and at most 100%.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” không có trong danh mục chỉ tiêu.</source>
        <translation>The indicator “{code}” is not in the indicator catalogue.</translation>
    </message>
    <message>
        <source>Giá trị {value} không hợp lý với chỉ tiêu “{code}”.</source>
        <translation>The value {value} is not plausible for the indicator “{code}”.</translation>
    </message>
</context>
<context>
    <name>RecordsBehind</name>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ngành nghề</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Date established</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Loại thành viên</source>
        <translation>Member type</translation>
    </message>
    <message>
        <source>Ngày gia nhập</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Ngày ra khỏi</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Khóa đào tạo, bồi dưỡng</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Cơ sở đào tạo</source>
        <translation>Training institution</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Nhóm sản phẩm</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Ngày công nhận</source>
        <translation>Recognition date</translation>
    </message>
    <message>
        <source>Hết hạn</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Thành viên theo số kê khai</source>
        <translation>Declared members</translation>
    </message>
    <message>
        <source>Số liệu của tổ chức</source>
        <translation>Figures of the organisation</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{label}” được nhập tay nên không có danh sách hồ sơ đi kèm.</source>
        <translation>The indicator “{label}” is entered by hand, so it has no list of records.</translation>
    </message>
    <message>
        <source>Được tính ({unit})</source>
        <translation>Counted ({unit})</translation>
    </message>
    <message>
        <source>Được tính</source>
        <translation>Counted</translation>
    </message>
</context>
<context>
    <name>RecordsDialogForm</name>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>List of records</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Gõ tên, xã, tổ chức… (không cần dấu)</source>
        <translation>Type a name, commune, organisation… (diacritics optional)</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Phím tắt (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <source>{count} bản ghi</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>Tìm theo tên (không cần dấu)… (Ctrl+F)</source>
        <translation>Search by name (diacritics optional)… (Ctrl+F)</translation>
    </message>
    <message>
        <source>{label}: tất cả</source>
        <translation>{label}: all</translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>{what} của {organisation}</source>
        <translation>{what} of {organisation}</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} đã có ở {where}: {name}.</source>
        <translation>The ID number {cccd} already belongs to {where}: {name}.</translation>
    </message>
    <message>
        <source>Tổ chức này đã có thành viên {name} cùng ngày sinh; có thể đây là cùng một người.</source>
        <translation>This organisation already has a member {name} with the same date of birth; this may be the same person.</translation>
    </message>
    <message>
        <source>Mã số {code} đã là mã số của {name}; mỗi tổ chức có một mã số riêng.</source>
        <translation>The code {code} is already the code of {name}; each organisation has a code of its own.</translation>
    </message>
    <message>
        <source>Cùng xã đã có tổ chức tên rất giống: {name}.</source>
        <translation>The same commune already has an organisation with a very similar name: {name}.</translation>
    </message>
    <message>
        <source>Tổ chức này đã có {what} năm {year}; hãy sửa bản ghi đã có.</source>
        <translation>This organisation already has {what} for {year}; edit the existing record.</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gửi</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Chấp nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Bỏ chấp nhận</source>
        <translation>Withdraw acceptance</translation>
    </message>
    <message>
        <source>Hợp tác xã thành viên</source>
        <translation>Member cooperative</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Chỉ thành viên của liên hiệp hợp tác xã mới là một hợp tác xã thành viên.</source>
        <translation>Only members of a union of cooperatives are member cooperatives.</translation>
    </message>
    <message>
        <source>Thành viên chính thức của liên hiệp hợp tác xã là một hợp tác xã: hãy chọn hợp tác xã thành viên.</source>
        <translation>An official member of a union of cooperatives is a cooperative: choose the member cooperative.</translation>
    </message>
    <message>
        <source>Tổ chức đã chọn không phải là hợp tác xã; thành viên của liên hiệp hợp tác xã là hợp tác xã.</source>
        <translation>The organisation chosen is not a cooperative; the members of a union of cooperatives are cooperatives.</translation>
    </message>
    <message>
        <source>Chưa chọn tổ chức.</source>
        <translation>No organisation chosen.</translation>
    </message>
    <message>
        <source>Chưa chọn cán bộ.</source>
        <translation>No manager chosen.</translation>
    </message>
    <message>
        <source>{what} năm {year}</source>
        <translation>{what} for {year}</translation>
    </message>
    <message>
        <source>Tạm ngừng từ {day}</source>
        <translation>Suspended from {day}</translation>
    </message>
    <message>
        <source>Bản ghi có cảnh báo cần xác nhận trước khi lưu:</source>
        <translation>The record has warnings to confirm before saving:</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi {what} này; có thể nó vừa bị xóa.</source>
        <translation>This {what} record was not found; it may have just been deleted.</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>Không xóa được: tổ chức này đang là thành viên của {union}. Hãy xóa thành viên đó của liên hiệp trước.</source>
        <translation>Cannot delete: this organisation is a member of {union}. Delete that member of the union first.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi này; có thể nó đã bị xóa.</source>
        <translation>This record was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Không khôi phục được “{name}”: {parent} của bản ghi này không còn. Hãy khôi phục {parent} trước.</source>
        <translation>Cannot restore “{name}”: its {parent} no longer exists. Restore the {parent} first.</translation>
    </message>
    <message>
        <source>Không khôi phục được “{name}”: mã số {code} nay đã là mã số của {other}.</source>
        <translation>Cannot restore “{name}”: the code {code} now belongs to {other}.</translation>
    </message>
    <message>
        <source>Khôi phục từ thùng rác</source>
        <translation>Restore from the recycle bin</translation>
    </message>
    <message>
        <source>Mục này không còn trong thùng rác.</source>
        <translation>This item is no longer in the recycle bin.</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đào tạo</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP</source>
        <translation>OCOP product</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{amount} triệu đồng</source>
        <translation>{amount} million VND</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Tổng hợp lỗi</source>
        <translation>Error summary</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cơ sở dữ liệu {path} đang được mở ở nơi khác (một cửa sổ chỉ đọc hoặc một chương trình khác). Hãy đóng hết các cửa sổ đang mở tệp này rồi thử lại.</source>
        <translation>The database {path} is open elsewhere (a read-only window or another program). Close every window that has this file open and try again.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp {name}…</source>
        <translation>Checking the file {name}…</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Bản sao lưu có</source>
        <translation>The backup has</translation>
    </message>
    <message>
        <source>Hiện tại có</source>
        <translation>Now there is</translation>
    </message>
    <message>
        <source>Phiên bản dữ liệu</source>
        <translation>Data version</translation>
    </message>
    <message>
        <source>Của phiên bản chương trình cũ hơn; sẽ được nâng cấp khi mở</source>
        <translation>From an older version of the program; it will be upgraded when opened</translation>
    </message>
    <message>
        <source>Cùng phiên bản với chương trình đang dùng</source>
        <translation>The same version as the program in use</translation>
    </message>
    <message>
        <source>Số hiệu lược đồ: {revision}</source>
        <translation>Schema revision: {revision}</translation>
    </message>
    <message>
        <source>Dữ liệu hiện tại sẽ được sao lưu trước (loại “Trước khi khôi phục”), nên có thể quay lại nếu cần. Cơ sở dữ liệu sẽ được đóng, thay bằng bản sao lưu này rồi mở lại; mọi thay đổi sau thời điểm của bản sao lưu sẽ không còn trong dữ liệu đang dùng.</source>
        <translation>The current data will be backed up first (kind “Before a restore”), so you can go back if needed. The database will be closed, replaced by this backup and opened again; every change made after the backup&apos;s time will no longer be in the data in use.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{organisations} tổ chức, {members} thành viên</source>
        <translation>{organisations} organisations, {members} members</translation>
    </message>
    <message>
        <source>Tệp chọn từ nơi khác</source>
        <translation>File chosen from elsewhere</translation>
    </message>
    <message>
        <source>(chưa có thông tin cơ quan)</source>
        <translation>(no office profile yet)</translation>
    </message>
    <message>
        <source>Tệp đã được kiểm tra: tốt, có thể khôi phục.</source>
        <translation>The file was checked: sound, it can be restored from.</translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>Không đọc được phông chữ của chương trình trong {folder}; hãy cài lại chương trình.</source>
        <translation>The program&apos;s fonts in {folder} cannot be read; reinstall the program.</translation>
    </message>
    <message>
        <source>Tình hình phát triển kinh tế tập thể, hợp tác xã {period}</source>
        <translation>Development of the collective economy and cooperatives in {period}</translation>
    </message>
    <message>
        <source>Chưa có thông tin cơ quan; hãy nhập thông tin cơ quan và địa bàn trong mục Cài đặt trước khi lập báo cáo.</source>
        <translation>No office profile yet; enter the office&apos;s details and area in Settings before making a return.</translation>
    </message>
    <message>
        <source>Chủ tịch Hội đồng quản trị</source>
        <translation>Chair of the board of directors</translation>
    </message>
    <message>
        <source>Giám đốc</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Trưởng ban kiểm soát, kiểm soát viên</source>
        <translation>Head of the supervisory board, supervisors</translation>
    </message>
    <message>
        <source>Kế toán trưởng</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Chức danh quản lý khác</source>
        <translation>Other management positions</translation>
    </message>
    <message>
        <source>Liên kết chuỗi giá trị</source>
        <translation>Value-chain links</translation>
    </message>
    <message>
        <source>Ứng dụng công nghệ cao</source>
        <translation>High technology applied</translation>
    </message>
    <message>
        <source>Ứng dụng chuyển đổi số</source>
        <translation>Digital transformation applied</translation>
    </message>
    <message>
        <source>{office} báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã {period} (số liệu từ ngày {start} đến ngày {end}) như sau:</source>
        <translation>{office} reports on the development of the collective economy and cooperatives in {period} (figures from {start} to {end}) as follows:</translation>
    </message>
    <message>
        <source>(Kèm theo Báo cáo số{number} ngày {day} của {office})</source>
        <translation>(Attached to Return No.{number} of {day} by {office})</translation>
    </message>
    <message>
        <source>BÁO CÁO</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>PHỤ LỤC</source>
        <translation>APPENDIX</translation>
    </message>
    <message>
        <source>Đánh giá chung, kiến nghị</source>
        <translation>General assessment and recommendations</translation>
    </message>
    <message>
        <source>(Không có)</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Đánh giá, kiến nghị</source>
        <translation>Assessment and recommendations</translation>
    </message>
    <message>
        <source>(Số liệu từ ngày {start} đến ngày {end})</source>
        <translation>(Figures from {start} to {end})</translation>
    </message>
    <message>
        <source>Số liệu của mỗi đơn vị lấy từ trang dữ liệu của tệp báo cáo, sau khi đối chiếu mã kiểm tra SHA-256 (12 ký tự đầu) và chữ ký số của đơn vị với các khóa đã đăng ký.</source>
        <translation>Each office&apos;s figures come from the data sheet of its return, after checking its SHA-256 checksum (first 12 characters) and its signature against the registered keys.</translation>
    </message>
    <message>
        <source>Các báo cáo được tổng hợp</source>
        <translation>Returns consolidated</translation>
    </message>
    <message>
        <source>Đơn vị báo cáo</source>
        <translation>Reporting office</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Số xã, phường</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Date made</translation>
    </message>
    <message>
        <source>Mã kiểm tra</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>Chữ ký số</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Số liệu của từng đơn vị và tổng cộng</source>
        <translation>Figures of each office and total</translation>
    </message>
    <message>
        <source>Số liệu theo từng đơn vị báo cáo</source>
        <translation>Figures by reporting office</translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation>By office</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Được chấp nhận dù chưa xác thực: {why}</source>
        <translation>Accepted although not verified: {why}</translation>
    </message>
    <message>
        <source>Đơn vị {first} đến {last} (trong {count} đơn vị) và tổng cộng</source>
        <translation>Offices {first} to {last} (of {count}) and total</translation>
    </message>
    <message>
        <source>Đơn vị {first} (trong {count} đơn vị) và tổng cộng</source>
        <translation>Office {first} (of {count}) and total</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>1. Số lượng tổ chức kinh tế tập thể</source>
        <translation>1. Number of collective economy organisations</translation>
    </message>
    <message>
        <source>1. Tổ chức</source>
        <translation>1. Organisations</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Thành viên của liên hiệp hợp tác xã là các hợp tác xã thành viên (đơn vị: HTX).</source>
        <translation>The members of a union of cooperatives are its member cooperatives (unit: HTX).</translation>
    </message>
    <message>
        <source>Tổ chức chưa nhập danh sách thành viên được tính theo số thành viên kê khai của năm gần nhất có số kê khai.</source>
        <translation>An organisation whose member list has not been entered counts the members it declared in the latest year with a declared count.</translation>
    </message>
    <message>
        <source>2. Thành viên và lao động</source>
        <translation>2. Members and workers</translation>
    </message>
    <message>
        <source>2. Thành viên, lao động</source>
        <translation>2. Members, workers</translation>
    </message>
    <message>
        <source>3. Kết quả kinh doanh</source>
        <translation>3. Business results</translation>
    </message>
    <message>
        <source>4. Cán bộ quản lý theo trình độ đào tạo</source>
        <translation>4. Managers by training qualification</translation>
    </message>
    <message>
        <source>4. Cán bộ quản lý</source>
        <translation>4. Managers</translation>
    </message>
    <message>
        <source>5. Xếp loại</source>
        <translation>5. Ratings</translation>
    </message>
    <message>
        <source>6. Liên kết chuỗi giá trị, ứng dụng công nghệ cao, chuyển đổi số</source>
        <translation>6. Value-chain links, high technology, digital transformation</translation>
    </message>
    <message>
        <source>6. Chuỗi giá trị, CNC, CĐS</source>
        <translation>6. Value chains, high tech, digital</translation>
    </message>
    <message>
        <source>a) Sản phẩm OCOP</source>
        <translation>a) OCOP products</translation>
    </message>
    <message>
        <source>7. Sản phẩm OCOP</source>
        <translation>7. OCOP products</translation>
    </message>
    <message>
        <source>7. OCOP</source>
        <translation>7. OCOP</translation>
    </message>
    <message>
        <source>Chỉ tiêu tính lũy kế từ đầu năm được so với mục tiêu của năm; tiến độ so với mục tiêu chia theo phần năm đã qua.</source>
        <translation>Year-to-date indicators are compared with the year&apos;s target; the pace compares them with the share of the year that has passed.</translation>
    </message>
    <message>
        <source>8. Thực hiện các chỉ tiêu kế hoạch</source>
        <translation>8. Progress on the plan targets</translation>
    </message>
    <message>
        <source>8. Chỉ tiêu kế hoạch</source>
        <translation>8. Plan targets</translation>
    </message>
    <message>
        <source>9. Danh sách tổ chức kinh tế tập thể</source>
        <translation>9. List of collective economy organisations</translation>
    </message>
    <message>
        <source>9. Danh sách tổ chức</source>
        <translation>9. List of organisations</translation>
    </message>
    <message>
        <source>Tại ngày {day}</source>
        <translation>On {day}</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Tăng, giảm so với cùng kỳ</source>
        <translation>Change from the same period</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Trong đó: thành viên chính thức</source>
        <translation>Of which: official members</translation>
    </message>
    <message>
        <source>Trong đó: theo số kê khai (chưa có danh sách thành viên)</source>
        <translation>Of which: by declared numbers (no member list yet)</translation>
    </message>
    <message>
        <source>Số thành viên cùng kỳ năm trước</source>
        <translation>Members in the same period last year</translation>
    </message>
    <message>
        <source>Tốc độ tăng số thành viên so với cùng kỳ</source>
        <translation>Growth of members from the same period</translation>
    </message>
    <message>
        <source>Lao động thường xuyên</source>
        <translation>Regular workers</translation>
    </message>
    <message>
        <source>Số tổ chức có số liệu doanh thu</source>
        <translation>Organisations with revenue figures</translation>
    </message>
    <message>
        <source>tổ chức</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Doanh thu bình quân một tổ chức</source>
        <translation>Average revenue per organisation</translation>
    </message>
    <message>
        <source>Tốc độ tăng doanh thu bình quân so với năm trước</source>
        <translation>Growth of average revenue from the year before</translation>
    </message>
    <message>
        <source>Lợi nhuận trước thuế bình quân một tổ chức</source>
        <translation>Average pre-tax profit per organisation</translation>
    </message>
    <message>
        <source>Thu nhập bình quân của lao động thường xuyên</source>
        <translation>Average income of regular workers</translation>
    </message>
    <message>
        <source>triệu đồng/người/năm</source>
        <translation>million VND/person/year</translation>
    </message>
    <message>
        <source>Tốc độ tăng thu nhập bình quân so với năm trước</source>
        <translation>Growth of average income from the year before</translation>
    </message>
    <message>
        <source>3. Kết quả sản xuất, kinh doanh năm {year}</source>
        <translation>3. Production and business results of {year}</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Số cán bộ quản lý</source>
        <translation>Number of managers</translation>
    </message>
    <message>
        <source>Tỷ lệ trình độ sơ cấp, trung cấp</source>
        <translation>Share with elementary or intermediate training</translation>
    </message>
    <message>
        <source>Tỷ lệ trình độ cao đẳng, đại học trở lên</source>
        <translation>Share with a college degree or higher</translation>
    </message>
    <message>
        <source>Tỷ lệ trình độ đại học trở lên</source>
        <translation>Share with a university degree or higher</translation>
    </message>
    <message>
        <source>b) Cán bộ quản lý theo nhóm trình độ; đào tạo, bồi dưỡng</source>
        <translation>b) Managers by qualification group; training</translation>
    </message>
    <message>
        <source>Chưa có kết quả</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <source>Tỷ lệ tốt, khá trên số được xếp loại (%)</source>
        <translation>Share rated good or fair of those rated (%)</translation>
    </message>
    <message>
        <source>Còn hiệu lực tại ngày {day}</source>
        <translation>Valid on {day}</translation>
    </message>
    <message>
        <source>Sắp hết hạn (90 ngày)</source>
        <translation>Expiring soon (90 days)</translation>
    </message>
    <message>
        <source>Chủ thể</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>b) Sản phẩm sắp hết hạn (trong 90 ngày sau ngày {day})</source>
        <translation>b) Products expiring soon (within 90 days after {day})</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>* Mục tiêu của năm sau năm báo cáo: so với số liệu hiện có, không xét tiến độ.</source>
        <translation>* Target of a year after the reporting year: compared with the figures available, pace not assessed.</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP</source>
        <translation>OCOP products</translation>
    </message>
    <message>
        <source>Trong kỳ</source>
        <translation>In the period</translation>
    </message>
    <message>
        <source>Lũy kế năm</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Thành lập mới</source>
        <translation>Newly established</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Thành viên mới kết nạp</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Thành viên ra khỏi tổ chức</source>
        <translation>Members who left</translation>
    </message>
    <message>
        <source>Số lao động thường xuyên theo số liệu năm {year} của các tổ chức.</source>
        <translation>Regular workers according to the organisations&apos; figures for {year}.</translation>
    </message>
    <message>
        <source>Bình quân tính trên các tổ chức có số liệu của năm {year}; tốc độ tăng so với năm {previous}.</source>
        <translation>Averages over the organisations with figures for {year}; growth against {previous}.</translation>
    </message>
    <message>
        <source>Năm {current} chưa kết thúc tại ngày {day}: kết quả sản xuất, kinh doanh lấy theo số liệu năm {year}, năm gần nhất đã kết thúc.</source>
        <translation>The year {current} is not over on {day}: business results are those of {year}, the last complete year.</translation>
    </message>
    <message>
        <source>Tỷ lệ so với tổng số (%)</source>
        <translation>Share of the total (%)</translation>
    </message>
    <message>
        <source>Một người giữ nhiều chức danh được tính ở mỗi chức danh; bảng b) tính mỗi người một lần trong một tổ chức.</source>
        <translation>A person holding several positions is counted in each; table b) counts each person once per organisation.</translation>
    </message>
    <message>
        <source>Lượt cán bộ quản lý được đào tạo, bồi dưỡng</source>
        <translation>Training courses attended by managers</translation>
    </message>
    <message>
        <source>lượt</source>
        <translation>attendances</translation>
    </message>
    <message>
        <source>Xếp loại của năm {year}; tổng số là số tổ chức tồn tại tại ngày {day}.</source>
        <translation>Ratings for {year}; the total is the number of organisations existing on {day}.</translation>
    </message>
    <message>
        <source>5. Kết quả đánh giá, xếp loại năm {year}</source>
        <translation>5. Assessment and rating results for {year}</translation>
    </message>
    <message>
        <source>Số tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Mới công nhận</source>
        <translation>Newly recognised</translation>
    </message>
    <message>
        <source>Sản phẩm từ 3 sao của các tổ chức kinh tế tập thể.</source>
        <translation>Products with 3 stars or more of collective economy organisations.</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ngày hết hạn</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Không có sản phẩm nào sắp hết hạn.</source>
        <translation>No products are about to expire.</translation>
    </message>
    <message>
        <source>Tổ chức tồn tại tại ngày {day}; lao động, doanh thu và xếp loại của năm {year}; sản phẩm OCOP từ 3 sao còn hiệu lực.</source>
        <translation>Organisations existing on {day}; workers, revenue and rating for {year}; valid OCOP products with 3 stars or more.</translation>
    </message>
    <message>
        <source> trong kỳ</source>
        <translation> in the period</translation>
    </message>
    <message>
        <source> lũy kế năm</source>
        <translation> year to date</translation>
    </message>
    <message>
        <source>Số thành viên tại ngày {day}</source>
        <translation>Members on {day}</translation>
    </message>
    <message>
        <source>a) Chức danh quản lý theo trình độ đào tạo tại ngày {day}</source>
        <translation>a) Management positions by training qualification on {day}</translation>
    </message>
    <message>
        <source>Chưa có mục tiêu kế hoạch nào cho năm {year}.</source>
        <translation>No plan targets for {year} yet.</translation>
    </message>
    <message>
        <source>Trình độ đào tạo</source>
        <translation>Training qualification</translation>
    </message>
    <message>
        <source>Tỷ lệ trên tổng số tổ chức tồn tại tại ngày {day}.</source>
        <translation>Share of all organisations existing on {day}.</translation>
    </message>
    <message>
        <source>{n} sao</source>
        <translation>{n} stars</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Đang lưu báo cáo đã gửi…</source>
        <translation>Keeping the return as sent…</translation>
    </message>
    <message>
        <source>Gửi báo cáo {period}</source>
        <translation>Submit the return for {period}</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Đang ghi tệp PDF…</source>
        <translation>Writing the PDF file…</translation>
    </message>
    <message>
        <source>tệp {kind} {path} (SHA-256 {digest})</source>
        <translation>{kind} file {path} (SHA-256 {digest})</translation>
    </message>
    <message>
        <source>Báo cáo {period}, phiên bản {version}</source>
        <translation>Return for {period}, version {version}</translation>
    </message>
    <message>
        <source>{count} giá trị đã thay đổi kể từ lần gửi trước (phiên bản {version}, ngày {day}).</source>
        <translation>{count} values changed since the last submission (version {version}, {day}).</translation>
    </message>
    <message>
        <source>Chức danh quản lý {kind}: {row}, {level}</source>
        <translation>Management positions {kind}: {row}, {level}</translation>
    </message>
    <message>
        <source>Số liệu của báo cáo đã thay đổi từ khi được tính (có bản ghi vừa được sửa): báo cáo chưa được gửi. Hãy xem lại báo cáo đã được tính lại rồi gửi.</source>
        <translation>The figures of the return changed since it was computed (a record was just edited): the return was not submitted. Review the return, now computed again, then submit it.</translation>
    </message>
    <message>
        <source>Không có giá trị nào thay đổi kể từ lần gửi trước (phiên bản {version}, ngày {day}).</source>
        <translation>No values changed since the last submission (version {version}, {day}).</translation>
    </message>
    <message>
        <source>Báo cáo đang xem là của kỳ {shown}, không phải kỳ {period}.</source>
        <translation>The return shown is for {shown}, not {period}.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo đã gửi số {id}.</source>
        <translation>Submitted return No. {id} not found.</translation>
    </message>
    <message>
        <source> (lũy kế năm)</source>
        <translation> (year to date)</translation>
    </message>
    <message>
        <source>Số tổ chức {kind} không đánh giá</source>
        <translation>{kind} not assessed</translation>
    </message>
    <message>
        <source>Số văn bản “{number}” không hợp lệ: chỉ ghi phần số, tối đa {digits} chữ số (ví dụ 15); ký hiệu “/BC-…” lấy từ thông tin cơ quan.</source>
        <translation>The document number “{number}” is not valid: write the number only, at most {digits} digits (for example 15); the symbol “/BC-…” comes from the office profile.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>“{field}” dài quá {limit} ký tự.</source>
        <translation>“{field}” is longer than {limit} characters.</translation>
    </message>
</context>
<context>
    <name>ReturnData</name>
    <message>
        <source>‘{sheet}’!{ref}: tệp ghi “{shown}”, số liệu gốc “{sealed}”</source>
        <translation>‘{sheet}’!{ref}: the file shows “{shown}”, the sealed figure is “{sealed}”</translation>
    </message>
    <message>
        <source>Trang dữ liệu của báo cáo {path}, dòng {row}: {what} không hợp lệ (“{text}”). Tệp không phải là báo cáo nguyên vẹn do KTTT Desktop xuất; hãy đề nghị đơn vị gửi lại tệp gốc.</source>
        <translation>Data sheet of the return {path}, row {row}: invalid {what} (“{text}”). The file is not a return as KTTT Desktop wrote it; ask the office to send the original again.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: tệp không phải là bảng tính Excel (.xlsx) hoặc đã hỏng ({error}).</source>
        <translation>Cannot read the file {path}: it is not an Excel workbook (.xlsx) or it is damaged ({error}).</translation>
    </message>
    <message>
        <source>chữ ký số</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>phiên bản định dạng</source>
        <translation>format version</translation>
    </message>
    <message>
        <source>số ({where})</source>
        <translation>number ({where})</translation>
    </message>
    <message>
        <source>dòng ô hiển thị</source>
        <translation>row of visible cells</translation>
    </message>
    <message>
        <source>mã xếp loại</source>
        <translation>rating code</translation>
    </message>
    <message>
        <source>loại hình tổ chức</source>
        <translation>kind of organisation</translation>
    </message>
    <message>
        <source>ngày hết hạn</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>mã xã, phường của địa bàn</source>
        <translation>commune code of the area</translation>
    </message>
    <message>
        <source>kỳ báo cáo</source>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>ngày ({key})</source>
        <translation>date ({key})</translation>
    </message>
    <message>
        <source>thời điểm tạo</source>
        <translation>creation time</translation>
    </message>
</context>
<context>
    <name>ReturnsForm</name>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic return</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Quý, 6 tháng, 9 tháng hoặc cả năm</source>
        <translation>Quarter, 6 months, 9 months or whole year</translation>
    </message>
    <message>
        <source>&amp;năm</source>
        <translation>&amp;year</translation>
    </message>
    <message>
        <source>&amp;Tính lại</source>
        <translation>&amp;Recompute</translation>
    </message>
    <message>
        <source>Tính lại số liệu của kỳ từ sổ đăng ký</source>
        <translation>Compute the period&apos;s figures again from the registers</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Đánh giá, số văn bản, người ký</source>
        <translation>Assessment, number, signatory</translation>
    </message>
    <message>
        <source>Phần đánh giá, số văn bản và người ký được in vào cả tệp Excel và tệp PDF của báo cáo. Bản nháp được lưu riêng cho từng kỳ.</source>
        <translation>The assessment, the document number and the signatory are printed in both the Excel and the PDF file of the return. A draft is kept for each period.</translation>
    </message>
    <message>
        <source>Đánh giá chung về tình hình kinh tế tập thể trong kỳ; khó khăn, vướng mắc; kiến nghị, đề xuất…</source>
        <translation>General assessment of the collective economy in the period; difficulties and obstacles; recommendations and proposals…</translation>
    </message>
    <message>
        <source>&amp;Số văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Phần số của “Số: …/BC-…” (ký hiệu lấy từ thông tin cơ quan). Để trống khi văn thư ghi số lúc đăng ký văn bản.</source>
        <translation>The number part of “Số: …/BC-…” (the symbol comes from the office profile). Leave it empty when the clerk writes the number in as the document is registered.</translation>
    </message>
    <message>
        <source>Để trống: văn thư ghi số</source>
        <translation>Empty: the clerk writes it in</translation>
    </message>
    <message>
        <source>Thẩm &amp;quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>Ví dụ: KT. TRƯỞNG PHÒNG, TL. GIÁM ĐỐC; để trống: theo thông tin cơ quan.</source>
        <translation>For example: KT. TRƯỞNG PHÒNG, TL. GIÁM ĐỐC; empty: as in the office profile.</translation>
    </message>
    <message>
        <source>Ví dụ: KT. TRƯỞNG PHÒNG</source>
        <translation>For example: KT. TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>&amp;Chức vụ người ký:</source>
        <translation>Signatory&apos;s &amp;position:</translation>
    </message>
    <message>
        <source>Chức vụ in trên chữ ký; để trống: theo thông tin cơ quan.</source>
        <translation>The position printed above the signature; empty: as in the office profile.</translation>
    </message>
    <message>
        <source>Ví dụ: PHÓ TRƯỞNG PHÒNG</source>
        <translation>For example: PHÓ TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signatory&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Họ và tên in dưới chữ ký; để trống: theo thông tin cơ quan.</source>
        <translation>The full name printed below the signature; empty: as in the office profile.</translation>
    </message>
    <message>
        <source>Ví dụ: Hoàng Văn Thắng</source>
        <translation>For example: Hoàng Văn Thắng</translation>
    </message>
    <message>
        <source>&amp;Lưu bản nháp</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Thay đổi so với lần gửi trước</source>
        <translation>Changes since the last submission</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Lần gửi trước</source>
        <translation>Last submission</translation>
    </message>
    <message>
        <source>Hiện nay</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Báo cáo đã gửi</source>
        <translation>Returns submitted</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <source>Mã kiểm tra tệp Excel</source>
        <translation>Check code of the Excel file</translation>
    </message>
    <message>
        <source>Mã kiểm tra tệp PDF</source>
        <translation>Check code of the PDF file</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Xem trước / In…</source>
        <translation>Pre&amp;view / Print…</translation>
    </message>
    <message>
        <source>&amp;Gửi báo cáo…</source>
        <translation>&amp;Submit return…</translation>
    </message>
    <message>
        <source>Ghi tệp Excel và PDF rồi lưu lại báo cáo đúng như khi gửi; bản đã gửi không thể sửa</source>
        <translation>Write the Excel and PDF files, then keep the return exactly as sent; a submitted return cannot be changed</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Quý I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo các đơn vị</source>
        <translation>Consolidate the offices&apos; returns</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Số liệu đến ngày {day}; chỉ tiêu năm {reporting}</source>
        <translation>Figures up to {day}; yearly indicators {reporting}</translation>
    </message>
    <message>
        <source>Kỳ này chưa gửi báo cáo lần nào.</source>
        <translation>No return has been submitted for this period yet.</translation>
    </message>
    <message>
        <source>Đã lưu bản nháp.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra Excel</source>
        <translation>Export the return to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra PDF</source>
        <translation>Export the return to PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đã ghi {paths}.</source>
        <translation>Wrote {paths}.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Xem trước báo cáo {period}</source>
        <translation>Preview of the return for {period}</translation>
    </message>
    <message>
        <source>Gửi báo cáo {period} (phiên bản {version})?

Báo cáo được lưu lại đúng như đang xem: số liệu đến ngày {day} của {orgs} tổ chức kinh tế tập thể, {indicators} chỉ tiêu thống kê, {targets} mục tiêu kế hoạch, phần đánh giá chung ({characters} ký tự), cùng mã kiểm tra của tệp Excel và tệp PDF sẽ được ghi ra.

Bản đã gửi không thể sửa; lần gửi sau của kỳ này sẽ là phiên bản mới.</source>
        <translation>Submit the return for {period} (version {version})?

The return is kept exactly as shown: figures as of {day} for {orgs} collective economy organisations, {indicators} statistical indicators, {targets} plan targets, the general assessment ({characters} characters), and the check codes of the Excel and PDF files about to be written.

A submitted return cannot be changed; the next submission for this period will be a new version.</translation>
    </message>
    <message>
        <source>Gửi báo cáo</source>
        <translation>Submit the return</translation>
    </message>
    <message>
        <source>Nơi ghi tệp Excel và PDF của báo cáo gửi đi</source>
        <translation>Where to write the Excel and PDF files of the return sent</translation>
    </message>
    <message>
        <source>Đang gửi báo cáo…</source>
        <translation>Submitting the return…</translation>
    </message>
    <message>
        <source>Đã gửi báo cáo {period}, phiên bản {version}.</source>
        <translation>Submitted the return for {period}, version {version}.</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>Chưa ký số.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <source>Chữ ký không khớp, tệp đã bị sửa.</source>
        <translation>Signature does not match: the file was edited.</translation>
    </message>
    <message>
        <source>Khóa đã bị thu hồi.</source>
        <translation>Key revoked.</translation>
    </message>
    <message>
        <source>Ngoài địa bàn đăng ký với khóa.</source>
        <translation>Outside the key&apos;s registered area.</translation>
    </message>
    <message>
        <source>Đã xác thực ({fingerprint})</source>
        <translation>Verified ({fingerprint})</translation>
    </message>
    <message>
        <source>và {count} ô khác</source>
        <translation>and {count} other cells</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) không có chữ ký số (tạo bằng phiên bản cũ, hoặc đơn vị chưa có khóa ký): không xác thực được ai đã lập tệp.</source>
        <translation>The return {path} ({office}) is not signed (made by an older version, or the office has no signing key): who made the file cannot be verified.</translation>
    </message>
    <message>
        <source>Chữ ký số của báo cáo {path} ({office}) không khớp với số liệu: tệp đã bị sửa sau khi ký (kể cả khi mã kiểm tra được tính lại). Hãy đề nghị đơn vị gửi lại tệp gốc.</source>
        <translation>The signature of the return {path} ({office}) does not match its data: the file was edited after it was signed (even if its checksum was recomputed). Ask the office to send the original again.</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) được ký bằng khóa chưa đăng ký (dấu vân tay {fingerprint}). Nếu đúng là khóa của đơn vị, hãy đăng ký khóa công khai của đơn vị sau khi đối chiếu dấu vân tay qua điện thoại.</source>
        <translation>The return {path} ({office}) is signed with a key that is not registered (fingerprint {fingerprint}). If it is the office&apos;s key, register the office&apos;s public key after comparing the fingerprint over the phone.</translation>
    </message>
    <message>
        <source>Khóa chưa đăng ký ({fingerprint}).</source>
        <translation>Key not registered ({fingerprint}).</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) được ký bằng khóa của {owner} đã bị thu hồi ngày {day}{why}.</source>
        <translation>The return {path} ({office}) is signed with the key of {owner}, revoked on {day}{why}.</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) có {count} xã, phường ({codes}) ngoài địa bàn đã đăng ký với khóa của {owner}.</source>
        <translation>The return {path} ({office}) has {count} communes ({codes}) outside the area registered with the key of {owner}.</translation>
    </message>
    <message>
        <source>Báo cáo {path} ({office}) có {count} ô ở các trang hiển thị khác với số liệu gốc đã ký (đã bị sửa sau khi xuất): {cells}.</source>
        <translation>The return {path} ({office}) has {count} visible cells that differ from the signed figures (edited after it was written): {cells}.</translation>
    </message>
    <message>
        <source>{count} ô bị sửa sau khi xuất.</source>
        <translation>{count} cells edited after it was written.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Cán bộ &amp; đào tạo</source>
        <translation>Managers &amp; training</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Nhập / Xuất</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Nông nghiệp</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Công nghiệp - Tiểu thủ công nghiệp</source>
        <translation>Industry - Handicrafts</translation>
    </message>
    <message>
        <source>Xây dựng</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Thương mại - Dịch vụ</source>
        <translation>Trade - Services</translation>
    </message>
    <message>
        <source>Vận tải</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Tín dụng</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Môi trường</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Nhà ở</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Cơ sở dữ liệu {name} trên máy chủ đã có các bảng của một chương trình khác, không phải của chương trình này; không có gì bị thay đổi. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>The database {name} on the server holds the tables of another program, not of this one; nothing was changed. Use an empty database.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {name} nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do máy chủ làm (pg_dump, pg_restore), không phải bằng tệp của chương trình này. Hãy nhờ người quản trị máy chủ ({work}). Không có gì bị thay đổi.</source>
        <translation>The database {name} is on a PostgreSQL server: the server backs it up and restores it (pg_dump, pg_restore), not this program&apos;s files. Ask the server&apos;s administrator ({work}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {name} trên máy chủ còn trống. Hãy tạo cơ quan trong đó trước (kttt init hoặc kttt demo).</source>
        <translation>The database {name} on the server is still empty. Create the office in it first (kttt init or kttt demo).</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu {url}: chương trình chỉ làm việc với tệp SQLite hoặc máy chủ PostgreSQL (postgresql://…).</source>
        <translation>Database address {url}: the program works only with an SQLite file or a PostgreSQL server (postgresql://…).</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu {url} thiếu tên cơ sở dữ liệu (phần sau dấu / cuối cùng).</source>
        <translation>The database address {url} lacks the database name (the part after the last /).</translation>
    </message>
    <message>
        <source>Máy chủ PostgreSQL {host} từ chối đăng nhập của người dùng {user}: sai mật khẩu hoặc tài khoản không được phép. Hãy kiểm tra tên đăng nhập và mật khẩu; không có gì bị thay đổi.</source>
        <translation>The PostgreSQL server {host} refused the login of user {user}: a wrong password or an account that is not allowed. Check the user name and password; nothing was changed.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu {url} không đúng dạng postgresql://người_dùng:mật_khẩu@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.</source>
        <translation>The database address {url} is not of the form postgresql://user:password@server:port/database_name.</translation>
    </message>
    <message>
        <source>Máy chủ PostgreSQL {host} không có cơ sở dữ liệu {database}. Hãy kiểm tra tên, hoặc nhờ người quản trị máy chủ tạo cơ sở dữ liệu trống này.</source>
        <translation>The PostgreSQL server {host} has no database {database}. Check the name, or ask the server&apos;s administrator to create this empty database.</translation>
    </message>
    <message>
        <source>Tài khoản {user} không đủ quyền trên cơ sở dữ liệu {name}. Hãy nhờ người quản trị máy chủ cấp quyền; không có gì bị thay đổi.</source>
        <translation>The account {user} lacks the rights it needs on the database {name}. Ask the server&apos;s administrator to grant them; nothing was changed.</translation>
    </message>
    <message>
        <source>Ổ đĩa của máy chủ PostgreSQL {host} đã đầy; thay đổi không được lưu. Hãy báo người quản trị máy chủ.</source>
        <translation>The disk of the PostgreSQL server {host} is full; the change was not saved. Tell the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {name} đang mở ở chế độ chỉ đọc; thay đổi không được lưu.</source>
        <translation>The database {name} is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {name} đang bận vì người khác đang ghi; thay đổi chưa được lưu. Hãy thử lại sau ít phút.</source>
        <translation>The database {name} is busy because someone else is writing; the change was not saved. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ PostgreSQL {host} (máy chủ không chạy, sai địa chỉ hoặc cổng, hoặc mạng bị ngắt). Không có gì bị thay đổi; hãy kiểm tra rồi thử lại.</source>
        <translation>Could not connect to the PostgreSQL server {host} (the server is not running, the address or port is wrong, or the network is down). Nothing was changed; check and try again.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Tên cơ quan, người ký và nơi nhận được in trên các báo cáo; địa bàn quyết định những tổ chức nào được tính vào số liệu.</source>
        <translation>The office&apos;s name, the signatory and the recipients are printed on the returns; the area decides which organisations are counted in the figures.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy thay đổi</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Trở lại thông tin đã lưu.</source>
        <translation>Back to the saved information.</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation>The new language is used from the next start of the program.</translation>
    </message>
    <message>
        <source>Đã chọn ngôn ngữ {language}; hãy mở lại chương trình để dùng.</source>
        <translation>Chose the language {language}; restart the program to use it.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>Office profile saved.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Thêm bản ghi mới (trong danh sách đang làm việc)</source>
        <translation>Add a new record (in the list being worked on)</translation>
    </message>
    <message>
        <source>Lưu bản ghi</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <source>Hủy các thay đổi chưa lưu</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Sang ô tiếp theo; ở ô cuối cùng: lưu</source>
        <translation>Next field; in the last field: save</translation>
    </message>
    <message>
        <source>Tìm trong danh sách</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Xóa bản ghi đang chọn trong danh sách (chuyển vào thùng rác)</source>
        <translation>Delete the record selected in the list (to the recycle bin)</translation>
    </message>
    <message>
        <source>Hoàn tác lần xóa gần nhất</source>
        <translation>Undo the last deletion</translation>
    </message>
    <message>
        <source>Mở lịch ở ô ngày tháng</source>
        <translation>Open the calendar in a date field</translation>
    </message>
    <message>
        <source>Sang thẻ tiếp theo của hồ sơ</source>
        <translation>Next tab of the record</translation>
    </message>
    <message>
        <source>Đến ô hoặc thẻ có chữ cái gạch chân</source>
        <translation>Go to the field or tab with the underlined letter</translation>
    </message>
    <message>
        <source>Chuyển giữa các mục bên trái</source>
        <translation>Move between the sections on the left</translation>
    </message>
    <message>
        <source>Danh sách phím tắt này</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Phím</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tác dụng</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Vượt</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>StorageKind</name>
    <message>
        <source>ổ đĩa của máy này</source>
        <translation>this computer&apos;s disk</translation>
    </message>
    <message>
        <source>ổ mạng</source>
        <translation>network drive</translation>
    </message>
    <message>
        <source>thư mục đồng bộ đám mây</source>
        <translation>cloud sync folder</translation>
    </message>
</context>
<context>
    <name>SubListPanel</name>
    <message>
        <source>Chọn một dòng ở trên, hoặc Thêm mới (Ctrl+N).</source>
        <translation>Choose a row above, or New (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>SuspensionForm</name>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>&amp;Từ ngày (*):</source>
        <translation>&amp;From (*):</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>để trống nếu chưa hoạt động lại</source>
        <translation>leave empty if not operating again yet</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Vượt</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>Mục tiêu năm {year}: {goal}</source>
        <translation>Target for {year}: {goal}</translation>
    </message>
    <message>
        <source>Theo số liệu năm {year}: {value}</source>
        <translation>From the figures of {year}: {value}</translation>
    </message>
    <message>
        <source>Lũy kế đến {day}: {value}</source>
        <translation>Year to date to {day}: {value}</translation>
    </message>
    <message>
        <source>Đến {day}: {value}</source>
        <translation>To {day}: {value}</translation>
    </message>
    <message>
        <source>Theo tiến độ đến {day} cần {goal}: {pace}</source>
        <translation>On pace, {goal} is needed by {day}: {pace}</translation>
    </message>
    <message>
        <source>Căn cứ: {basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
</context>
<context>
    <name>TargetCardForm</name>
    <message>
        <source>Nhấp (hoặc nhấn Enter) để xem danh sách hồ sơ tạo nên số liệu này.</source>
        <translation>Click (or press Enter) to see the list of records behind this figure.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Sửa chỉ tiêu kế hoạch</source>
        <translation>Edit plan target</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu kế hoạch</source>
        <translation>Add plan target</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu nào khớp với chữ đã gõ.</source>
        <translation>No indicator matches what was typed.</translation>
    </message>
    <message>
        <source>Đã chọn: {label}, đơn vị: {unit}</source>
        <translation>Chosen: {label}, unit: {unit}</translation>
    </message>
    <message>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Hãy nhập giá trị mục tiêu.</source>
        <translation>Enter the target value.</translation>
    </message>
    <message>
        <source>Hãy chọn một chỉ tiêu trong danh sách.</source>
        <translation>Choose an indicator from the list.</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan target</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu (*):</source>
        <translation>&amp;Indicator (*):</translation>
    </message>
    <message>
        <source>Gõ vài chữ trong tên chỉ tiêu, không cần dấu (ví dụ: so htx)</source>
        <translation>Type a few words of the indicator&apos;s name, diacritics optional (for example: so htx)</translation>
    </message>
    <message>
        <source>Cách &amp;so sánh:</source>
        <translation>&amp;Comparison:</translation>
    </message>
    <message>
        <source>&amp;Mục tiêu (*):</source>
        <translation>&amp;Target (*):</translation>
    </message>
    <message>
        <source>Viết số theo kiểu Việt Nam: 60.500 hoặc 35,5.</source>
        <translation>Write numbers the Vietnamese way: 60.500 or 35,5.</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>sai số cho phép ±</source>
        <translation>allowed deviation ±</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Căn &amp;cứ:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Ví dụ: KH 248/KH-UBND ngày 14/10/2022</source>
        <translation>For example: KH 248/KH-UBND of 14/10/2022</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>TargetGap</name>
    <message>
        <source>không có số liệu</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>điểm %</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>vượt mức tối đa {quantity}</source>
        <translation>over the maximum by {quantity}</translation>
    </message>
    <message>
        <source>bằng chỉ tiêu, cần cao hơn</source>
        <translation>equal to the target, must be higher</translation>
    </message>
    <message>
        <source>còn thiếu {quantity}</source>
        <translation>{quantity} short</translation>
    </message>
    <message>
        <source>vượt {quantity}</source>
        <translation>exceeded by {quantity}</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>reached</translation>
    </message>
</context>
<context>
    <name>TargetWords</name>
    <message>
        <source>từ {low} đến {high}</source>
        <translation>from {low} to {high}</translation>
    </message>
    <message>
        <source>khoảng {value} (±{tolerance}%)</source>
        <translation>about {value} (±{tolerance}%)</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>{year} · {code}: năm này đã có mục tiêu cho chỉ tiêu này.</source>
        <translation>{year} · {code}: this year already has a target for this indicator.</translation>
    </message>
    <message>
        <source>Không tìm thấy mục tiêu cần sửa (số {id}).</source>
        <translation>The target to edit was not found (No. {id}).</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Cách so sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sai số</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation>Source of the figure</translation>
    </message>
    <message>
        <source>Ctrl+N: thêm chỉ tiêu · Enter hoặc nhấp đúp: sửa · Delete: xóa</source>
        <translation>Ctrl+N: add a target · Enter or double-click: edit · Delete: delete</translation>
    </message>
    <message>
        <source>Các năm đã có chỉ tiêu: {years}</source>
        <translation>Years with targets: {years}</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu của năm nào.</source>
        <translation>No year has targets yet.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có chỉ tiêu. Thêm chỉ tiêu (Ctrl+N), hoặc sao chép chỉ tiêu năm {previous}.</source>
        <translation>{year} has no targets yet. Add a target (Ctrl+N), or copy the targets of {previous}.</translation>
    </message>
    <message>
        <source>{count} chỉ tiêu · Ctrl+N: thêm · Enter hoặc nhấp đúp: sửa · Delete: xóa</source>
        <translation>{count} targets · Ctrl+N: add · Enter or double-click: edit · Delete: delete</translation>
    </message>
    <message>
        <source>Đã lưu chỉ tiêu năm {year}.</source>
        <translation>Saved the target for {year}.</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu “{label}” của năm {year}?</source>
        <translation>Delete the target “{label}” for {year}?</translation>
    </message>
    <message>
        <source>Đã xóa chỉ tiêu “{label}”.</source>
        <translation>Deleted the target “{label}”.</translation>
    </message>
    <message>
        <source>Đã sao chép {count} chỉ tiêu của năm {source} sang năm {year}.</source>
        <translation>Copied {count} targets of {source} to {year}.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu nào để sao chép: năm {source} không có chỉ tiêu mà năm {year} chưa có.</source>
        <translation>Nothing to copy: {source} has no targets that {year} does not have yet.</translation>
    </message>
    <message>
        <source>Giá trị năm {year} của “{name}”</source>
        <translation>Values of “{name}” in {year}</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu để xem và nhập giá trị.</source>
        <translation>Choose an indicator to see and enter its values.</translation>
    </message>
    <message>
        <source>Đã lưu chỉ tiêu tự theo dõi “{name}”.</source>
        <translation>Saved the self-tracked indicator “{name}”.</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu tự theo dõi “{name}” cùng mọi giá trị đã nhập của nó?</source>
        <translation>Delete the self-tracked indicator “{name}” and every value entered for it?</translation>
    </message>
    <message>
        <source>Đã lưu giá trị {period} của “{name}”: {value}.</source>
        <translation>Saved the value of “{name}” for {period}: {value}.</translation>
    </message>
</context>
<context>
    <name>TargetsPageForm</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>&amp;Năm kế hoạch:</source>
        <translation>Plan &amp;year:</translation>
    </message>
    <message>
        <source>Năm của các chỉ tiêu: năm kế hoạch, hoặc năm mốc như 2030.</source>
        <translation>Year of the targets: the plan year, or a milestone year such as 2030.</translation>
    </message>
    <message>
        <source>Chỉ tiêu &amp;kế hoạch</source>
        <translation>&amp;Plan targets</translation>
    </message>
    <message>
        <source>Thêm một chỉ tiêu cho năm đang chọn (Ctrl+N).</source>
        <translation>Add a target for the chosen year (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Thêm chỉ tiêu…</source>
        <translation>&amp;Add target…</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu đang chọn (Enter hoặc nhấp đúp).</source>
        <translation>Edit the selected target (Enter or double-click).</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu đang chọn (Delete).</source>
        <translation>Delete the selected target (Delete).</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Chép các chỉ tiêu của năm trước mà năm này chưa có; chỉ tiêu đã có được giữ nguyên.</source>
        <translation>Copy the previous year&apos;s targets that this year does not have; existing targets stay as they are.</translation>
    </message>
    <message>
        <source>Sao &amp;chép chỉ tiêu năm trước</source>
        <translation>&amp;Copy last year&apos;s targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự &amp;theo dõi</source>
        <translation>Self-&amp;tracked indicators</translation>
    </message>
    <message>
        <source>Những chỉ tiêu của kế hoạch mà sổ đăng ký không tính được (ví dụ tỷ trọng đóng góp của khu vực kinh tế tập thể vào GRDP): đặt tên, đơn vị, rồi nhập giá trị của từng kỳ kèm nguồn số liệu. Chỉ tiêu kế hoạch có thể dùng chúng như mọi chỉ tiêu khác.</source>
        <translation>Plan indicators that the registers cannot compute (for example the share of the collective economy in GRDP): give a name and a unit, then enter the value of each period with its source. Plan targets can use them like any other indicator.</translation>
    </message>
    <message>
        <source>Thêm &amp;chỉ tiêu tự theo dõi…</source>
        <translation>Add a &amp;self-tracked indicator…</translation>
    </message>
    <message>
        <source>Đổi &amp;tên…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Nhập giá trị…</source>
        <translation>E&amp;nter value…</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>Mã số {code} có chữ số kiểm tra sai: chữ số thứ 10 không khớp với 9 chữ số đầu, nghĩa là đã gõ nhầm ít nhất một chữ số. Hãy đối chiếu với giấy chứng nhận đăng ký.</source>
        <translation>The code {code} has a wrong check digit: the 10th digit does not match the first 9, so at least one digit was mistyped. Check it against the registration certificate.</translation>
    </message>
    <message>
        <source>Mã số “{text}” không đúng dạng: mã số thuế của tổ chức gồm 10 chữ số, đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số (ví dụ 0100109106-001).</source>
        <translation>The code “{text}” is not well formed: an organisation&apos;s tax code has 10 digits, a dependent unit adds a hyphen and 3 digits (for example 0100109106-001).</translation>
    </message>
    <message>
        <source>“{text}” có 12 chữ số, là số định danh cá nhân (mã số thuế của cá nhân, hộ gia đình); mã số của tổ chức gồm 10 chữ số.</source>
        <translation>“{text}” has 12 digits, so it is a personal identification number (the tax code of a person or household); an organisation&apos;s code has 10 digits.</translation>
    </message>
    <message>
        <source>Mã số “{text}” có 9 chữ số: có lẽ bảng tính đã bỏ mất số 0 ở đầu. Mã số đủ là {suggestion}.</source>
        <translation>The code “{text}” has 9 digits: the spreadsheet has probably dropped a leading 0. The full code is {suggestion}.</translation>
    </message>
    <message>
        <source>Mã số đơn vị phụ thuộc “{text}” không hợp lệ: ba chữ số sau dấu gạch ngang đi từ 001 đến 999, không thể là 000.</source>
        <translation>The dependent unit code “{text}” is not valid: the three digits after the hyphen run from 001 to 999 and cannot be 000.</translation>
    </message>
</context>
<context>
    <name>TrainingLevel</name>
    <message>
        <source>Chưa qua đào tạo</source>
        <translation>No training</translation>
    </message>
    <message>
        <source>Sơ cấp</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <source>Trung cấp</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Cao đẳng</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Đại học</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Trên đại học</source>
        <translation>Postgraduate</translation>
    </message>
</context>
<context>
    <name>TrainingRecordForm</name>
    <message>
        <source>Đào tạo</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Khóa học (*):</source>
        <translation>&amp;Course (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Sơ cấp nghề giám đốc hợp tác xã</source>
        <translation>For example: Elementary vocational course for cooperative directors</translation>
    </message>
    <message>
        <source>Cơ &amp;sở đào tạo:</source>
        <translation>Training &amp;institution:</translation>
    </message>
    <message>
        <source>Từ &amp;ngày (*):</source>
        <translation>&amp;From (*):</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>T&amp;rình độ đạt được:</source>
        <translation>&amp;Qualification obtained:</translation>
    </message>
    <message>
        <source>Để trống nếu khóa học không cấp văn bằng, chứng chỉ theo trình độ.</source>
        <translation>Leave empty if the course does not award a diploma or certificate of a qualification level.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Thùng rác</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Bản ghi đã xóa nằm ở đây cho đến khi được khôi phục hoặc xóa hẳn. Thông tin cá nhân của người đã xóa chỉ còn ở đây; xóa hẳn là xóa hết.</source>
        <translation>Deleted records stay here until they are restored or deleted for good. The personal data of deleted people remains only here; deleting for good removes it all.</translation>
    </message>
    <message>
        <source>Lúc xóa</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Người xóa</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Xóa hẳn</source>
        <translation>Delete for &amp;good</translation>
    </message>
    <message>
        <source>&amp;Dọn sạch thùng rác</source>
        <translation>&amp;Empty the recycle bin</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Xóa hẳn “{label}”? Không thể khôi phục lại được nữa.</source>
        <translation>Delete “{label}” for good? It cannot be restored afterwards.</translation>
    </message>
    <message>
        <source>Xóa hẳn tất cả {count} mục trong thùng rác? Không thể khôi phục lại được nữa.</source>
        <translation>Delete all {count} items in the recycle bin for good? They cannot be restored afterwards.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>tổ chức</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>thành viên</source>
        <translation>members</translation>
    </message>
    <message>
        <source>lượt</source>
        <translation>attendances</translation>
    </message>
    <message>
        <source>sản phẩm</source>
        <translation>products</translation>
    </message>
    <message>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <source>triệu đồng/người/năm</source>
        <translation>million VND/person/year</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{name} (mã {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>Chưa ghi tên xã, phường.</source>
        <translation>No commune name is given.</translation>
    </message>
    <message>
        <source>Không có huyện, tỉnh nào (trước hay sau ngày 01/07/2025) tên “{name}”.</source>
        <translation>There is no district or province (before or after 01/07/2025) named “{name}”.</translation>
    </message>
    <message>
        <source> ở {province}</source>
        <translation> in {province}</translation>
    </message>
    <message>
        <source>Không có xã, phường nào tên “{text}”{where}, kể cả tên trước ngày 01/07/2025.</source>
        <translation>There is no commune named “{text}”{where}, names from before 01/07/2025 included.</translation>
    </message>
    <message>
        <source>Mã {code} là {name}.</source>
        <translation>Code {code} is {name}.</translation>
    </message>
    <message>
        <source>Mã xã “{code}” không có trong danh mục đơn vị hành chính, kể cả mã trước ngày 01/07/2025.</source>
        <translation>The commune code “{code}” is not in the list of administrative units, codes from before 01/07/2025 included.</translation>
    </message>
    <message>
        <source>{old} (trước ngày 01/07/2025) nay thuộc {units}, không ở {province}.</source>
        <translation>{old} (before 01/07/2025) is now part of {units}, not in {province}.</translation>
    </message>
    <message>
        <source>“{text}” là {name} (mã {code}).</source>
        <translation>“{text}” is {name} (code {code}).</translation>
    </message>
    <message>
        <source>{old} (trước ngày 01/07/2025) nay thuộc {name} (mã {code}): đổi theo sắp xếp đơn vị hành chính 2025.</source>
        <translation>{old} (before 01/07/2025) is now part of {name} (code {code}): renamed by the 2025 reorganisation of administrative units.</translation>
    </message>
    <message>
        <source>“{text}” là tên hiện nay của {today}, và là tên của {old} trước ngày 01/07/2025, nay thuộc {later}; hãy chọn một.</source>
        <translation>“{text}” is today the name of {today}, and before 01/07/2025 the name of {old}, now part of {later}; choose one.</translation>
    </message>
    <message>
        <source>Có {count} xã, phường tên “{text}”: {units}; hãy chọn một.</source>
        <translation>There are {count} communes named “{text}”: {units}; choose one.</translation>
    </message>
    <message>
        <source>{old} (trước ngày 01/07/2025) đã được chia vào {count} xã, phường: {units}; hãy chọn một.</source>
        <translation>{old} (before 01/07/2025) was split between {count} communes: {units}; choose one.</translation>
    </message>
    <message>
        <source>Có {count} xã, phường trước ngày 01/07/2025 tên “{text}” ({old}), nay thuộc {units}; hãy ghi thêm tên huyện, tỉnh cũ hoặc chọn một.</source>
        <translation>{count} communes were named “{text}” before 01/07/2025 ({old}), now part of {units}; add the old district and province, or choose one.</translation>
    </message>
    <message>
        <source>Trước {day}: {units}</source>
        <translation>Before {day}: {units}</translation>
    </message>
    <message>
        <source>Đến {day}: {name}</source>
        <translation>Until {day}: {name}</translation>
    </message>
    <message>
        <source>{name} (mã {code}, {count} tổ chức)</source>
        <translation>{name} (code {code}, {count} organisations)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu có {count} xã, phường không khớp danh mục đơn vị hành chính chính thức nên chưa xếp được vào xã, phường mới: {units}. Hãy mở từng tổ chức ở các xã, phường này và chọn lại xã, phường (và địa bàn trong Cài đặt).</source>
        <translation>The database has {count} communes that do not match the official list of administrative units, so they could not be placed in a new commune: {units}. Open each organisation in these communes and choose its commune again (and the area in Settings).</translation>
    </message>
    <message>
        <source>Không có xã, phường nào tên “{name}” trong danh mục chính thức của tỉnh, hoặc có nhiều xã, phường cùng tên.</source>
        <translation>The province&apos;s official list has no commune named “{name}”, or several of that name.</translation>
    </message>
    <message>
        <source>Sửa mã xã theo danh mục chính thức (Công văn 1027/CTK-CSCL): mã cũ là mã của gói vietnam-provinces, không phải mã chính thức của xã, phường này.</source>
        <translation>Commune code corrected to the official list (Công văn 1027/CTK-CSCL): the old code was the vietnam-provinces package&apos;s, not this commune&apos;s official code.</translation>
    </message>
    <message>
        <source>Cập nhật tên đơn vị hành chính theo danh mục chính thức ({release})</source>
        <translation>Administrative unit names updated to the official list ({release})</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>{basis}: {text}</source>
        <translation>{basis}: {text}</translation>
    </message>
    <message>
        <source>Kiểm tra ngày {day}: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.</source>
        <translation>Check as of {day}: {errors} errors, {warnings} warnings, {infos} information.</translation>
    </message>
    <message>
        <source>{count} phát hiện đã được chấp nhận.</source>
        <translation>{count} findings accepted.</translation>
    </message>
    <message>
        <source>hợp tác xã cần ít nhất {minimum} thành viên chính thức</source>
        <translation>a cooperative needs at least {minimum} official members</translation>
    </message>
    <message>
        <source>liên hiệp hợp tác xã cần ít nhất {minimum} hợp tác xã thành viên chính thức</source>
        <translation>a union of cooperatives needs at least {minimum} official member cooperatives</translation>
    </message>
    <message>
        <source>tổ hợp tác cần ít nhất {minimum} thành viên</source>
        <translation>a cooperative group needs at least {minimum} members</translation>
    </message>
    <message>
        <source>{name} có {count}.</source>
        <translation>{name} has {count}.</translation>
    </message>
    <message>
        <source>{name} có {count} theo số thành viên kê khai năm {year} (chưa nhập danh sách thành viên).</source>
        <translation>{name} has {count} according to the number of members declared for {year} (member list not entered).</translation>
    </message>
    <message>
        <source>{name} chưa nhập danh sách thành viên và chưa kê khai số thành viên.</source>
        <translation>{name} has neither a member list nor a declared number of members.</translation>
    </message>
    <message>
        <source>mỗi thành viên góp không quá {cap}% vốn điều lệ của hợp tác xã</source>
        <translation>each member contributes at most {cap}% of the cooperative&apos;s charter capital</translation>
    </message>
    <message>
        <source>mỗi hợp tác xã thành viên góp không quá {cap}% vốn điều lệ của liên hiệp hợp tác xã</source>
        <translation>each member cooperative contributes at most {cap}% of the union&apos;s charter capital</translation>
    </message>
    <message>
        <source>{person} góp {amount} triệu đồng, bằng {share}% vốn điều lệ {capital} triệu đồng của {organisation}.</source>
        <translation>{person} contributes {amount} million VND, {share}% of the charter capital of {capital} million VND of {organisation}.</translation>
    </message>
    <message>
        <source>{person} góp {amount} triệu đồng, bằng {share}% tổng vốn góp {capital} triệu đồng của các thành viên {organisation} (chưa nhập vốn điều lệ).</source>
        <translation>{person} contributes {amount} million VND, {share}% of the total contributions of {capital} million VND of the members of {organisation} (charter capital not entered).</translation>
    </message>
    <message>
        <source>khi mới {age} tuổi (sinh ngày {birth})</source>
        <translation>at only {age} (born {birth})</translation>
    </message>
    <message>
        <source>khi chưa đủ {adult} tuổi (sinh năm {year})</source>
        <translation>before turning {adult} (born in {year})</translation>
    </message>
    <message>
        <source>thành viên là cá nhân phải từ đủ {adult} tuổi; {person} vào {organisation} ngày {joined} {born}.</source>
        <translation>an individual member must be at least {adult}; {person} joined {organisation} on {joined} {born}.</translation>
    </message>
    <message>
        <source>{name} giải thể ngày {day} nhưng còn {count} thành viên chưa ra khỏi tổ chức (chưa có ngày ra, hoặc ngày ra sau ngày giải thể).</source>
        <translation>{name} was dissolved on {day} but {count} members have not left it (no date left, or a date left after the dissolution).</translation>
    </message>
    <message>
        <source>{name} giải thể ngày {day} nhưng còn {count} cán bộ giữ chức vụ sau ngày đó (chưa có ngày thôi giữ chức vụ, hoặc ngày thôi sau ngày giải thể).</source>
        <translation>{name} was dissolved on {day} but {count} managers held positions after that day (no end date, or an end date after the dissolution).</translation>
    </message>
    <message>
        <source>tên hợp tác xã thường bắt đầu bằng “Hợp tác xã” (viết đầy đủ, không viết tắt “HTX”); tên đã nhập là “{name}”.</source>
        <translation>a cooperative&apos;s name usually begins with “Hợp tác xã” (in full, not abbreviated “HTX”); the name entered is “{name}”.</translation>
    </message>
    <message>
        <source>tên liên hiệp hợp tác xã thường bắt đầu bằng “Liên hiệp hợp tác xã”; tên đã nhập là “{name}”.</source>
        <translation>a union of cooperatives&apos; name usually begins with “Liên hiệp hợp tác xã”; the name entered is “{name}”.</translation>
    </message>
    <message>
        <source>chứng nhận OCOP {stars} sao của sản phẩm “{product}” ({organisation}) đã hết hạn ngày {day}; nếu sản phẩm đã được đánh giá lại, hãy nhập quyết định công nhận mới.</source>
        <translation>the {stars}-star OCOP certificate of the product “{product}” ({organisation}) expired on {day}; if the product has been re-assessed, enter the new recognition decision.</translation>
    </message>
    <message>
        <source>{name} chưa có xếp loại năm {year}; nếu năm đó tổ chức thuộc diện không đánh giá, hãy nhập xếp loại “Không đánh giá”.</source>
        <translation>{name} has no rating for {year}; if the organisation was not to be assessed that year, enter the rating “Not assessed”.</translation>
    </message>
    <message>
        <source>Phát hiện “{rule}”: {message}</source>
        <translation>Finding “{rule}”: {message}</translation>
    </message>
    <message>
        <source>Hãy ghi lý do chấp nhận phát hiện về “{label}”: lý do được lưu cùng phát hiện và ghi vào nhật ký.</source>
        <translation>Write the reason for accepting the finding about “{label}”: it is kept with the finding and written to the log.</translation>
    </message>
    <message>
        <source>Lý do dài quá {limit} ký tự.</source>
        <translation>The reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Bỏ chấp nhận (lý do đã ghi: {reason})</source>
        <translation>Acceptance withdrawn (the reason given: {reason})</translation>
    </message>
</context>
<context>
    <name>ValidateRules</name>
    <message>
        <source>Hợp tác xã chưa đủ số thành viên tối thiểu</source>
        <translation>Cooperative below the minimum number of members</translation>
    </message>
    <message>
        <source>Liên hiệp hợp tác xã chưa đủ số hợp tác xã thành viên</source>
        <translation>Union below the minimum number of member cooperatives</translation>
    </message>
    <message>
        <source>Tổ hợp tác chưa đủ số thành viên tối thiểu</source>
        <translation>Cooperative group below the minimum number of members</translation>
    </message>
    <message>
        <source>Thành viên góp vốn vượt mức tối đa</source>
        <translation>Member contribution above the maximum</translation>
    </message>
    <message>
        <source>Thành viên chưa đủ 18 tuổi khi vào</source>
        <translation>Member under 18 on joining</translation>
    </message>
    <message>
        <source>Tổ chức đã giải thể còn thành viên</source>
        <translation>Dissolved organisation still has members</translation>
    </message>
    <message>
        <source>Tổ chức đã giải thể còn cán bộ giữ chức vụ</source>
        <translation>Dissolved organisation still has managers in office</translation>
    </message>
    <message>
        <source>Tên không bắt đầu bằng “Hợp tác xã”</source>
        <translation>Name does not begin with “Hợp tác xã”</translation>
    </message>
    <message>
        <source>Chứng nhận OCOP đã hết hạn</source>
        <translation>OCOP certificate expired</translation>
    </message>
    <message>
        <source>Chưa có xếp loại năm trước</source>
        <translation>No rating for last year</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Chọn ngày (F4)</source>
        <translation>Choose a date (F4)</translation>
    </message>
    <message>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation>day/month/year or year</translation>
    </message>
    <message>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <source>Mã số đúng (chữ số kiểm tra khớp).</source>
        <translation>The code is right (the check digit matches).</translation>
    </message>
    <message>
        <source>Số CCCD đúng dạng.</source>
        <translation>The ID number is well formed.</translation>
    </message>
    <message>
        <source>Số điện thoại đúng dạng.</source>
        <translation>The phone number is well formed.</translation>
    </message>
    <message>
        <source>gõ một phần tên để tìm</source>
        <translation>type part of a name to search</translation>
    </message>
    <message>
        <source>Không có “{text}” trong danh sách.</source>
        <translation>“{text}” is not in the list.</translation>
    </message>
    <message>
        <source>{reason} Không có trong danh sách.</source>
        <translation>{reason} Not in the list.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Số thứ tự, không bắt buộc. Dòng có STT là “Ví dụ” là dòng mẫu và được bỏ qua khi nhập.</source>
        <translation>Row number, optional. A row whose STT is “Ví dụ” is the example row and is skipped on import.</translation>
    </message>
    <message>
        <source>Mã số của tổ chức (hợp tác xã, liên hiệp) như ở trang ToChuc. Tổ chức chưa có mã số (tổ hợp tác) thì ghi tên ở cột Tên tổ chức.</source>
        <translation>Code of the organisation (cooperative, union) as on the sheet ToChuc. For an organisation without a code (a cooperative group) give its name in the column Tên tổ chức.</translation>
    </message>
    <message>
        <source>Tên đúng như ở trang ToChuc; chỉ dùng khi không có mã số tổ chức.</source>
        <translation>The name exactly as on the sheet ToChuc; used only when there is no organisation code.</translation>
    </message>
    <message>
        <source>Không bắt buộc: chỉ cần khi hai tổ chức chưa có mã số trùng tên (mã xã 5 chữ số hoặc tên xã, phường).</source>
        <translation>Optional: needed only when two organisations without a code have the same name (5-digit commune code or commune name).</translation>
    </message>
    <message>
        <source>Họ và tên người (hoặc tên hộ, tên pháp nhân).</source>
        <translation>Full name of the person (or the household&apos;s or legal person&apos;s name).</translation>
    </message>
    <message>
        <source>Ngày sinh dạng ngày/tháng/năm (ví dụ 05/02/1980), hoặc chỉ năm sinh.</source>
        <translation>Date of birth as day/month/year (for example 05/02/1980), or the birth year only.</translation>
    </message>
    <message>
        <source>Không bắt buộc: tên dân tộc, ví dụ Kinh, Tày, Nùng.</source>
        <translation>Optional: the ethnic group, e.g. Kinh, Tày, Nùng.</translation>
    </message>
    <message>
        <source>Số định danh cá nhân 12 chữ số (số chứng minh nhân dân cũ 9 chữ số vẫn được nhận nhưng sẽ được nhắc thay).</source>
        <translation>12-digit personal identification number (old 9-digit identity card numbers are accepted but flagged for replacement).</translation>
    </message>
    <message>
        <source>Số di động 10 chữ số hoặc số cố định 11 chữ số.</source>
        <translation>10-digit mobile number or 11-digit landline number.</translation>
    </message>
    <message>
        <source>Để trống nếu chưa kết thúc.</source>
        <translation>Leave empty if not ended.</translation>
    </message>
    <message>
        <source>Đơn vị: triệu đồng, được ghi số lẻ (ví dụ 1.250,5).</source>
        <translation>Unit: million VND, decimals allowed (for example 1.250,5).</translation>
    </message>
    <message>
        <source>Có / Không (hoặc x / để trống, 1 / 0).</source>
        <translation>Có / Không (or x / empty, 1 / 0).</translation>
    </message>
    <message>
        <source>Có / Không (hoặc x / để trống, 1 / 0), hoặc ghi năm bắt đầu (ví dụ 2021).</source>
        <translation>Có / Không (or x / empty, 1 / 0), or the starting year (for example 2021).</translation>
    </message>
    <message>
        <source>Tổ chức kinh tế tập thể (tổ hợp tác, hợp tác xã, liên hiệp)</source>
        <translation>Collective economy organisations (cooperative groups, cooperatives, unions)</translation>
    </message>
    <message>
        <source>Bắt buộc với hợp tác xã và liên hiệp: mã số thuế 10 chữ số (chữ số cuối là chữ số kiểm tra), đơn vị phụ thuộc thêm “-” và 3 chữ số. Tổ hợp tác chưa có mã số thì để trống.</source>
        <translation>Required for cooperatives and unions: a 10-digit tax code (the last digit is a check digit); a dependent unit adds “-” and 3 digits. Leave empty for a cooperative group without a code.</translation>
    </message>
    <message>
        <source>THT, HTX, LHHTX hoặc tên đầy đủ.</source>
        <translation>THT, HTX, LHHTX or the full name.</translation>
    </message>
    <message>
        <source>Tên đầy đủ, ví dụ “Hợp tác xã Nông nghiệp Đồng Tâm”.</source>
        <translation>Full name, for example “Hợp tác xã Nông nghiệp Đồng Tâm”.</translation>
    </message>
    <message>
        <source>Bắt buộc (hoặc điền cột Xã/Phường): mã xã, phường 5 chữ số theo danh mục đơn vị hành chính, trong địa bàn của cơ quan.</source>
        <translation>Required (or fill in the column Xã/Phường): 5-digit commune code from the list of administrative units, within the office&apos;s area.</translation>
    </message>
    <message>
        <source>Tên xã, phường (dùng khi không có cột Mã xã).</source>
        <translation>Name of the commune (used when there is no column Mã xã).</translation>
    </message>
    <message>
        <source>Để trống nếu còn hoạt động.</source>
        <translation>Leave empty if still operating.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu tạm ngừng hoạt động (nếu có).</source>
        <translation>Date the suspension began (if any).</translation>
    </message>
    <message>
        <source>Ngày hết tạm ngừng; để trống nếu vẫn đang tạm ngừng.</source>
        <translation>Date the suspension ended; leave empty if still suspended.</translation>
    </message>
    <message>
        <source>Người đứng đầu tổ chức: ghi vào Người đại diện (khi không có cột đó) và vào Cán bộ với chức vụ giám đốc (tổ trưởng với tổ hợp tác) từ ngày thành lập, khi tệp không có trang Cán bộ.</source>
        <translation>The head of the organisation: written to the representative (when there is no such column) and to the managers as director (group leader for a cooperative group) from the founding date, when the file has no managers sheet.</translation>
    </message>
    <message>
        <source>Số thành viên kê khai của năm của danh sách (cột Năm, hoặc năm ghi ở tiêu đề), khi tệp không có trang Số liệu.</source>
        <translation>The members declared for the list&apos;s year (the Năm column, or the year written in the title), when the file has no figures sheet.</translation>
    </message>
    <message>
        <source>Năm của số thành viên kê khai.</source>
        <translation>The year of the declared member count.</translation>
    </message>
    <message>
        <source>Các lần tạm ngừng hoạt động (khi một tổ chức có nhiều lần)</source>
        <translation>Suspensions (when an organisation has several)</translation>
    </message>
    <message>
        <source>Thành viên của tổ hợp tác, hợp tác xã, liên hiệp</source>
        <translation>Members of cooperative groups, cooperatives and unions</translation>
    </message>
    <message>
        <source>Cá nhân (mặc định), Hộ gia đình, Pháp nhân hoặc Tổ chức khác.</source>
        <translation>Cá nhân (individual, default), Hộ gia đình (household), Pháp nhân (legal person) or Tổ chức khác (other organisation).</translation>
    </message>
    <message>
        <source>Với thành viên của liên hiệp: mã số (hoặc tên) của hợp tác xã thành viên.</source>
        <translation>For a member of a union: the code (or name) of the member cooperative.</translation>
    </message>
    <message>
        <source>Để trống nếu vẫn là thành viên.</source>
        <translation>Leave empty if still a member.</translation>
    </message>
    <message>
        <source>Cán bộ quản lý, mỗi dòng một chức vụ</source>
        <translation>Managers, one position per row</translation>
    </message>
    <message>
        <source>Để trống nếu vẫn giữ chức vụ.</source>
        <translation>Leave empty if still in the position.</translation>
    </message>
    <message>
        <source>Trình độ cao nhất đã được đào tạo.</source>
        <translation>Highest qualification obtained.</translation>
    </message>
    <message>
        <source>Các khóa đào tạo, bồi dưỡng của cán bộ quản lý</source>
        <translation>Training courses of the managers</translation>
    </message>
    <message>
        <source>Trình độ mà khóa học cấp (để trống với khóa bồi dưỡng ngắn hạn).</source>
        <translation>Qualification awarded by the course (empty for short refresher courses).</translation>
    </message>
    <message>
        <source>Sản phẩm OCOP được công nhận</source>
        <translation>Recognised OCOP products</translation>
    </message>
    <message>
        <source>3, 4 hoặc 5.</source>
        <translation>3, 4 or 5.</translation>
    </message>
    <message>
        <source>Để trống: 36 tháng sau ngày quyết định.</source>
        <translation>Empty: 36 months after the decision date.</translation>
    </message>
    <message>
        <source>Kết quả đánh giá, xếp loại hằng năm</source>
        <translation>Yearly assessment and rating results</translation>
    </message>
    <message>
        <source>Để trống: theo Thông tư 01/2020/TT-BKHĐT (TT01/2020).</source>
        <translation>Empty: by Circular 01/2020/TT-BKHĐT (TT01/2020).</translation>
    </message>
    <message>
        <source>Số liệu sản xuất, kinh doanh hằng năm</source>
        <translation>Yearly production and business figures</translation>
    </message>
    <message>
        <source>Triệu đồng; số âm nếu lỗ.</source>
        <translation>Million VND; negative for a loss.</translation>
    </message>
    <message>
        <source>Thu nhập của một lao động thường xuyên trong cả năm, triệu đồng.</source>
        <translation>Income of one regular worker for the whole year, million VND.</translation>
    </message>
    <message>
        <source>Chỉ dùng cho tổ chức chưa nhập danh sách thành viên.</source>
        <translation>Used only for organisations whose member list has not been entered.</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan targets</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu (ví dụ htx.count) hoặc tên chỉ tiêu.</source>
        <translation>Indicator code (for example htx.count) or indicator name.</translation>
    </message>
    <message>
        <source>&gt;=, &gt;, &lt;=, range, approx hoặc “ít nhất”, “trên”, “không quá”, “từ … đến”, “khoảng”.</source>
        <translation>&gt;=, &gt;, &lt;=, range, approx or “ít nhất”, “trên”, “không quá”, “từ … đến”, “khoảng”.</translation>
    </message>
    <message>
        <source>Chỉ dùng khi so sánh “từ … đến”.</source>
        <translation>Used only with the comparison “từ … đến”.</translation>
    </message>
    <message>
        <source>Với so sánh “khoảng”: sai lệch cho phép, tính bằng %.</source>
        <translation>For the comparison “khoảng”: the allowed deviation, in %.</translation>
    </message>
    <message>
        <source>Không nhập được tệp {name}: không đọc được nội dung bảng tính ({problem}). Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi nhập lại. Không có gì được ghi.</source>
        <translation>Cannot import the file {name}: the content of the workbook cannot be read ({problem}). Open the file in Excel, save it as .xlsx and import it again. Nothing was written.</translation>
    </message>
    <message>
        <source>trang {sheet} có ô ở cột thứ {column} (quá {limit} cột)</source>
        <translation>sheet {sheet} has a cell in column {column} (more than {limit} columns)</translation>
    </message>
    <message>
        <source>vùng dữ liệu của trang {sheet} rộng {rows} dòng × {columns} cột (quá {limit} ô)</source>
        <translation>the data range of sheet {sheet} spans {rows} rows × {columns} columns (more than {limit} cells)</translation>
    </message>
    <message>
        <source>các ô chứa hơn {limit} ký tự chữ</source>
        <translation>its cells hold more than {limit} characters of text</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path} ({error}).</source>
        <translation>Cannot read the file {path} ({error}).</translation>
    </message>
    <message>
        <source>Không nhập được tệp {name}: {reason} Không có gì được ghi.</source>
        <translation>Cannot import the file {name}: {reason} Nothing was written.</translation>
    </message>
    <message>
        <source>tệp này không phải là bảng tính. Hãy chọn tệp Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) hoặc .csv.</source>
        <translation>this file is not a workbook. Choose an Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) or .csv file.</translation>
    </message>
    <message>
        <source>bảng tính được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại.</source>
        <translation>the workbook is protected by a password. Open the file in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, delete the password), save it and import it again.</translation>
    </message>
    <message>
        <source>tệp bị hỏng (không giải nén được). Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi nhập lại.</source>
        <translation>the file is damaged (it cannot be unpacked). Open the file in Excel, save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>bảng tính có hơn {limit} dòng, quá lớn để nhập một lần. Hãy tách thành nhiều tệp nhỏ hơn.</source>
        <translation>the workbook has more than {limit} rows, too many to import at once. Split it into several smaller files.</translation>
    </message>
    <message>
        <source>{what}, vượt giới hạn chương trình đọc được một lần (có thể là tệp độc hại hoặc có một ô ở rất xa vùng dữ liệu). Hãy xóa các ô thừa, hoặc tách thành nhiều tệp nhỏ hơn.</source>
        <translation>{what}, beyond what the program reads at once (a harmful file, or a cell far away from the data). Delete the extra cells, or split it into smaller files.</translation>
    </message>
    <message>
        <source>đây là tệp văn bản (Word, Writer), không phải bảng tính.</source>
        <translation>this is a text document (Word, Writer), not a workbook.</translation>
    </message>
    <message>
        <source>phần {part} của tệp có khai báo DTD mà Excel và LibreOffice không bao giờ ghi (có thể là tệp độc hại tìm cách đọc tệp khác trên máy). Chương trình không đọc tệp này; hãy kiểm tra nguồn gốc của tệp.</source>
        <translation>part {part} of the file has a DTD declaration, which Excel and LibreOffice never write (it may be a malicious file trying to read other files on the computer). The program does not read this file; check where it came from.</translation>
    </message>
    <message>
        <source>bảng tính có liên kết lấy số liệu từ tệp khác ({files}). Chương trình không mở các tệp đó, và giá trị đã lưu qua liên kết có thể đã cũ. Trong Excel hãy chọn Dữ liệu → Sửa liên kết → Ngắt liên kết (các giá trị được giữ lại), lưu tệp rồi nhập lại.</source>
        <translation>the workbook has links that take figures from other files ({files}). The program does not open those files, and the values saved through the links may be out of date. In Excel choose Data → Edit Links → Break Link (the values are kept), save the file and import again.</translation>
    </message>
    <message>
        <source>không rõ tên</source>
        <translation>name unknown</translation>
    </message>
    <message>
        <source>tệp nén bên trong bảng tính giải nén ra quá lớn so với kích thước tệp (có thể là tệp độc hại). Hãy kiểm tra nguồn gốc của tệp.</source>
        <translation>the compressed content of the workbook unpacks to far more than the file&apos;s size (it may be a malicious file). Check where the file came from.</translation>
    </message>
    <message>
        <source>đây là tệp văn bản Word, không phải bảng tính.</source>
        <translation>this is a Word document, not a workbook.</translation>
    </message>
    <message>
        <source> (từ dòng {line})</source>
        <translation> (from line {line})</translation>
    </message>
    <message>
        <source>tệp CSV không dùng bảng mã UTF-8{where}. Trong Excel hãy chọn Lưu thành “CSV UTF-8 (phân cách bằng dấu phẩy)”, hoặc lưu thành .xlsx.</source>
        <translation>the CSV file is not in UTF-8{where}. In Excel choose Save As “CSV UTF-8 (Comma delimited)”, or save as .xlsx.</translation>
    </message>
    <message>
        <source>đây là trang web (HTML/XML) được lưu với tên bảng tính, thường do phần mềm khác xuất ra. Hãy mở tệp trong Excel rồi chọn Lưu thành “Sổ làm việc Excel (.xlsx)” và nhập tệp mới.</source>
        <translation>this is a web page (HTML/XML) saved under a workbook&apos;s name, usually exported by other software. Open the file in Excel, choose Save as “Excel Workbook (.xlsx)” and import the new file.</translation>
    </message>
    <message>
        <source>tệp lớn {size} MB, vượt giới hạn {limit} MB. Hãy xóa các trang, hình ảnh không cần thiết hoặc tách thành nhiều tệp.</source>
        <translation>the file is {size} MB, over the limit of {limit} MB. Delete the sheets and pictures that are not needed, or split it into several files.</translation>
    </message>
    <message>
        <source>tệp rỗng.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path} ({error}). Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại.</source>
        <translation>Cannot read the file {path} ({error}). If the file is open in Excel, close it and try again.</translation>
    </message>
    <message>
        <source>Ngày/tháng/năm, ví dụ 05/02/2024 (hoặc ô ngày của Excel).</source>
        <translation>Day/month/year, for example 05/02/2024 (or an Excel date cell).</translation>
    </message>
    <message>
        <source>Ngày/tháng/năm, hoặc chỉ năm sinh.</source>
        <translation>Day/month/year, or the birth year only.</translation>
    </message>
    <message>
        <source>Năm, 4 chữ số.</source>
        <translation>Year, 4 digits.</translation>
    </message>
    <message>
        <source>Số nguyên.</source>
        <translation>Whole number.</translation>
    </message>
    <message>
        <source>Số; phần lẻ sau dấu phẩy (ví dụ 62,5).</source>
        <translation>Number; decimals after a comma (for example 62,5).</translation>
    </message>
    <message>
        <source>Triệu đồng; được ghi số lẻ (ví dụ 1.250,5).</source>
        <translation>Million VND; decimals allowed (for example 1.250,5).</translation>
    </message>
    <message>
        <source>Có / Không, hoặc năm bắt đầu.</source>
        <translation>Có / Không, or the starting year.</translation>
    </message>
    <message>
        <source>Mã số thuế 10 chữ số (giữ cả số 0 ở đầu).</source>
        <translation>10-digit tax code (keep any leading 0).</translation>
    </message>
    <message>
        <source>12 chữ số (giữ cả số 0 ở đầu).</source>
        <translation>12 digits (keep any leading 0).</translation>
    </message>
    <message>
        <source>10 hoặc 11 chữ số (giữ cả số 0 ở đầu).</source>
        <translation>10 or 11 digits (keep any leading 0).</translation>
    </message>
    <message>
        <source>Mã xã 5 chữ số (giữ cả số 0 ở đầu).</source>
        <translation>5-digit commune code (keep any leading 0).</translation>
    </message>
    <message>
        <source>Mã xã 5 chữ số, hoặc tên xã, phường.</source>
        <translation>5-digit commune code, or the commune name.</translation>
    </message>
    <message>
        <source>Mã số hoặc tên tổ chức như ở trang ToChuc.</source>
        <translation>Organisation code or name as on the sheet ToChuc.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu, ví dụ htx.count.</source>
        <translation>Indicator code, for example htx.count.</translation>
    </message>
    <message>
        <source>Mỗi trang là một sổ: ToChuc (tổ chức), ThanhVien (thành viên), CanBo (cán bộ quản lý, mỗi dòng một chức vụ), DaoTao (đào tạo), OCOP, XepLoai (xếp loại), SoLieu (số liệu hằng năm), ChiTieu (chỉ tiêu kế hoạch). Không cần điền đủ các trang.</source>
        <translation>Each sheet is one register: ToChuc (organisations), ThanhVien (members), CanBo (managers, one position per row), DaoTao (training), OCOP, XepLoai (ratings), SoLieu (yearly figures), ChiTieu (plan targets). Not every sheet needs to be filled.</translation>
    </message>
    <message>
        <source>Chương trình tìm cột theo tên cột (không phân biệt hoa thường, có dấu hay không dấu), nên được thêm, bớt hoặc đổi thứ tự cột; cột không nhận ra được bỏ qua.</source>
        <translation>The program finds the columns by their names (in any case, with or without diacritics), so columns may be added, removed or reordered; columns it does not recognise are skipped.</translation>
    </message>
    <message>
        <source>Dòng thứ hai của mỗi trang (STT “Ví dụ”) là dòng mẫu: có thể xóa hoặc để nguyên, chương trình không nhập dòng này.</source>
        <translation>The second row of each sheet (STT “Ví dụ”) is the example row: delete it or leave it, the program does not import it.</translation>
    </message>
    <message>
        <source>Tiền ghi bằng triệu đồng. Ngày ghi ngày/tháng/năm. Mã số, số CCCD, điện thoại, mã xã là chữ: hãy giữ số 0 ở đầu.</source>
        <translation>Money is in million VND. Dates are day/month/year. Codes, ID numbers, phone numbers and commune codes are text: keep their leading 0.</translation>
    </message>
    <message>
        <source>Tổ chức ở các trang khác được ghi bằng mã số; tổ hợp tác chưa có mã số thì ghi tên đúng như ở trang ToChuc.</source>
        <translation>Organisations on the other sheets are given by their code; a cooperative group without a code is given by its name exactly as on the sheet ToChuc.</translation>
    </message>
    <message>
        <source>Tệp có lỗi thì không có gì được ghi; chương trình trả lại bản sao của tệp với các ô lỗi được tô đỏ và giải thích. Nhập lại cùng một tệp không tạo bản ghi trùng.</source>
        <translation>If the file has errors nothing is written; the program gives back a copy of the file with the cells in error coloured red and explained. Importing the same file again creates no duplicates.</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Giá trị, định dạng</source>
        <translation>Values, format</translation>
    </message>
    <message>
        <source>Giải thích</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Hãy chọn một giá trị trong danh sách.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>HƯỚNG DẪN NHẬP LIỆU SỔ KINH TẾ TẬP THỂ</source>
        <translation>DATA ENTRY GUIDE FOR THE COLLECTIVE ECONOMY REGISTERS</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Một trong hai</source>
        <translation>Either one</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>“{text}” không phải là có/không: hãy ghi Có hoặc Không (hoặc x / để trống, 1 / 0).</source>
        <translation>“{text}” is not yes/no: write Có or Không (or x / empty, 1 / 0).</translation>
    </message>
    <message>
        <source>“{text}” không đọc được: hãy ghi Có / Không, hoặc năm bắt đầu (ví dụ 2021).</source>
        <translation>“{text}” cannot be read: write Có / Không, or the starting year (for example 2021).</translation>
    </message>
    <message>
        <source>Ô này hiện lỗi công thức {error} của bảng tính, không phải một giá trị. Hãy sửa công thức hoặc gõ giá trị vào ô.</source>
        <translation>This cell shows the spreadsheet formula error {error}, not a value. Fix the formula or type the value into the cell.</translation>
    </message>
    <message>
        <source>Ô này dài {length} ký tự, quá giới hạn {limit} ký tự; hãy kiểm tra lại nội dung ô.</source>
        <translation>This cell is {length} characters long, over the limit of {limit}; check what the cell holds.</translation>
    </message>
</context>
<context>
    <name>YearlyFiguresForm</name>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Tổ &amp;chức (*):</source>
        <translation>Organi&amp;sation (*):</translation>
    </message>
    <message>
        <source>Gõ một phần tên tổ chức (không cần dấu) rồi chọn trong danh sách.</source>
        <translation>Type part of the organisation&apos;s name (diacritics optional), then choose from the list.</translation>
    </message>
    <message>
        <source>&amp;Năm (*):</source>
        <translation>&amp;Year (*):</translation>
    </message>
    <message>
        <source>Ví dụ: 2025</source>
        <translation>For example: 2025</translation>
    </message>
    <message>
        <source>&amp;Doanh thu (triệu đồng):</source>
        <translation>&amp;Revenue (million VND):</translation>
    </message>
    <message>
        <source>Tổng doanh thu cả năm, triệu đồng (ví dụ 1.250,5).</source>
        <translation>Total revenue for the whole year, million VND (for example 1.250,5).</translation>
    </message>
    <message>
        <source>Lợi nh&amp;uận (triệu đồng):</source>
        <translation>Pro&amp;fit (million VND):</translation>
    </message>
    <message>
        <source>Lợi nhuận trước thuế cả năm, triệu đồng; lỗ thì gõ dấu trừ (ví dụ -15,5).</source>
        <translation>Pre-tax profit for the whole year, million VND; for a loss type a minus sign (for example -15,5).</translation>
    </message>
    <message>
        <source>Lao động thườn&amp;g xuyên (người):</source>
        <translation>Re&amp;gular workers (persons):</translation>
    </message>
    <message>
        <source>Thu nhập &amp;bình quân (triệu đồng/người/năm):</source>
        <translation>Average &amp;income (million VND/person/year):</translation>
    </message>
    <message>
        <source>Thu nhập bình quân của một lao động thường xuyên trong cả năm (không phải một tháng), triệu đồng/người/năm.</source>
        <translation>Average income of one regular worker for the whole year (not one month), million VND/person/year.</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Số thành viên &amp;kê khai:</source>
        <translation>&amp;Declared members:</translation>
    </message>
    <message>
        <source>Số thành viên tổ chức báo cáo; chỉ dùng khi chưa nhập danh sách thành viên.</source>
        <translation>Number of members the organisation reports; used only when the member list has not been entered.</translation>
    </message>
</context>
<context>
    <name>YearlyScreen</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SuggestionButton</name>
    <message>
        <source>Dùng {code}</source>
        <translation>Use {code}</translation>
    </message>
    <message>
        <source>Thay số đã gõ bằng {code}</source>
        <translation>Replace the number typed with {code}</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
</context>
</TS>
