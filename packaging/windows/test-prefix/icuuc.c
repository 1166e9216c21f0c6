/* Stand-in for icuuc.dll, for the Wine test prefix only (never shipped).
 *
 * Qt 6's Qt6Core.dll imports ICU's converter functions (ucnv_*) from the icuuc.dll that Windows 10
 * 1903 and later ship in system32; Wine 8.0 has none, so Qt6Core.dll would not load. Here every
 * converter is unavailable: ucnv_open fails with U_FILE_ACCESS_ERROR and no converter is listed,
 * so Qt handles UTF-8/16/32 and Latin-1 itself, as it does for encodings ICU does not know.
 * The program reads legacy encodings with Python's codecs, never through Qt. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static int failed(UErrorCode *status)
{
    if (status && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return 0;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { failed(status); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *status) { failed(status); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context) { if (action) *action = NULL; if (context) *context = NULL; (void)c; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context) { if (action) *action = NULL; if (context) *context = NULL; (void)c; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *n, void **oa, const void **oc, UErrorCode *status) { (void)c; (void)a; (void)n; (void)oa; (void)oc; failed(status); }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *n, void **oa, const void **oc, UErrorCode *status) { (void)c; (void)a; (void)n; (void)oa; (void)oc; failed(status); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status) { (void)args; (void)source; (void)length; (void)offset; failed(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit, int32_t offset, UErrorCode *status) { (void)args; (void)source; (void)limit; (void)offset; failed(status); }
EXPORT void ucnv_toUnicode(void *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; failed(status); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, int8_t f, UErrorCode *status) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; failed(status); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *status) { (void)c; return failed(status); }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *status) { (void)c; return failed(status); }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) { (void)name; (void)standard; failed(status); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length, int32_t codePoint, int reason, UErrorCode *status) { (void)context; (void)args; (void)units; (void)length; (void)codePoint; (void)reason; failed(status); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length, int reason, UErrorCode *status) { (void)context; (void)args; (void)units; (void)length; (void)reason; failed(status); }
