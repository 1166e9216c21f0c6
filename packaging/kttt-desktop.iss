; Inno Setup script of KTTT Desktop (Inno Setup 6.3 or later).
;
; Installs the folder built by packaging/build.py (dist\kttt-desktop) for the current user only:
; no administrator rights, into %LOCALAPPDATA%\Programs\KTTT Desktop, with a Start-menu entry and
; an optional desktop shortcut. It associates no file type.
;
; The officer's data (database, backups, settings, log) is NOT in the program folder: it lives in
; %LOCALAPPDATA%\KTTT Desktop (or in a "data" folder beside the program in portable mode). Setup
; never touches it: an upgrade replaces only the program files, and uninstalling removes only the
; program folder, so the database survives both. Nothing below deletes user data.
;
; Compile (from the repository's root, after the build):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\kttt-desktop.iss
; The version is read from the built kttt.exe, so it always matches kttt_desktop.__version__.

#define AppName "KTTT Desktop"
#define AppExe "KTTT Desktop.exe"
#define SourceDir "..\dist\kttt-desktop"
#define AppVersion GetVersionNumbersString(SourceDir + "\kttt.exe")
; Inno Setup's Vietnamese messages are an unofficial translation that its installer puts in
; Languages\Unofficial; without it the wizard speaks English only.
#define VietnameseIsl AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl"

[Setup]
; A fixed identity: later versions upgrade this installation in place.
AppId={{6E0B7A52-3C1D-4F5B-9A47-2B8D1E4C7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KTTT Desktop
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ChangesAssociations=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\kttt-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=kttt-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(VietnameseIsl)
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Program files of an older version that this version no longer ships (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes exactly the files it installed. The data
; folder (%LOCALAPPDATA%\KTTT Desktop) is left as it is, for a later installation to find.
