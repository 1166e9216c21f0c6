; The installer of KTTT Desktop (NSIS 3, Unicode, 64-bit), compiled by Debian's makensis from
; packaging/windows/build_windows.py, which defines:
;   VERSION       kttt_desktop.__version__ (also in the file name: kttt-desktop-VERSION-setup.exe)
;   VI_VERSION    the same as four numbers, for the version resource
;   SOURCE_DIR    the program folder PyInstaller built (kttt.exe, KTTT Desktop.exe, _internal)
;   OUT_FILE      where the installer is written
;   ICON          resources/icons/kttt-desktop.ico
;   INSTALLED_KB  the program's size, shown in Apps & features
;
; It installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\KTTT Desktop, with a Start-menu entry and (optionally) a desktop
; shortcut; it associates no file type. The wizard speaks Vietnamese or English (chosen at start).
;
; The officer's data (database, backups, settings, log) is NOT in the program folder: it lives in
; %LOCALAPPDATA%\KTTT Desktop (or in a "data" folder beside the program in portable mode). Setup
; never touches it: an upgrade replaces only the program's files, and the uninstaller removes
; only what setup installed, so the database survives both.
;
; Silent use (IT staff): kttt-desktop-VERSION-setup.exe /S [/D=folder]; Uninstall.exe /S.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define APP_NAME "KTTT Desktop"
!define APP_EXE "KTTT Desktop.exe"
!define CLI_EXE "kttt.exe"
!define UNINSTALLER "Uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KTTT Desktop"
!define LANGUAGE_KEY "Software\KTTT Desktop\Setup"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "KTTT Desktop"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${LANGUAGE_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default (also of a silent installation).
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString NEEDS_64BIT ${LANG_VIETNAMESE} "${APP_NAME} cần Windows 64-bit."
LangString NEEDS_64BIT ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows."
LangString NEEDS_WIN10 ${LANG_VIETNAMESE} "${APP_NAME} cần Windows 10 trở lên."
LangString NEEDS_WIN10 ${LANG_ENGLISH} "${APP_NAME} needs Windows 10 or later."
LangString PROGRAM_SECTION ${LANG_VIETNAMESE} "Chương trình"
LangString PROGRAM_SECTION ${LANG_ENGLISH} "Program"
LangString PROGRAM_HELP ${LANG_VIETNAMESE} "${APP_NAME} và lệnh kttt. Dữ liệu của bạn không nằm ở đây và không bị thay đổi."
LangString PROGRAM_HELP ${LANG_ENGLISH} "${APP_NAME} and the kttt command. Your data is kept elsewhere and is not changed."
LangString DESKTOP_SECTION ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString DESKTOP_SECTION ${LANG_ENGLISH} "Desktop shortcut"
LangString DESKTOP_HELP ${LANG_VIETNAMESE} "Đặt biểu tượng ${APP_NAME} lên màn hình nền."
LangString DESKTOP_HELP ${LANG_ENGLISH} "Put the ${APP_NAME} icon on the desktop."

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
        Abort
    ${EndIf}
    ${IfNot} ${AtLeastWin10}
        MessageBox MB_ICONSTOP "$(NEEDS_WIN10)" /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(PROGRAM_SECTION)" SEC_PROGRAM
    SectionIn RO
    SetOutPath "$INSTDIR"
    ; The program files of an older version (never the data folder, which is elsewhere).
    RMDir /r "$INSTDIR\_internal"
    File "/oname=${APP_EXE}" "${SOURCE_DIR}/${APP_EXE}"
    File "/oname=${CLI_EXE}" "${SOURCE_DIR}/${CLI_EXE}"
    File /r "${SOURCE_DIR}/_internal"
    WriteUninstaller "$INSTDIR\${UNINSTALLER}"
    CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(DESKTOP_SECTION)" SEC_DESKTOP
    CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
    !insertmacro MUI_DESCRIPTION_TEXT ${SEC_PROGRAM} "$(PROGRAM_HELP)"
    !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} "$(DESKTOP_HELP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
    SetRegView 64
    !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Exactly what setup installed: the two programs, their _internal folder, the uninstaller and
; the shortcuts. The folder itself goes only when nothing else is left in it (RMDir without /r),
; so a portable "data" folder or a file the officer put there stays.
Section "Uninstall"
    Delete "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${CLI_EXE}"
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\${UNINSTALLER}"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
    Delete "$DESKTOP\${APP_NAME}.lnk"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "${LANGUAGE_KEY}"
    DeleteRegKey /ifempty HKCU "Software\KTTT Desktop"
SectionEnd
