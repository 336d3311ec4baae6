/*
 * A stand-in for Windows' system icuuc.dll, for the Wine test lane only.
 *
 * Qt 6.7+ (Qt6Core.dll) imports ICU's converter functions from the icuuc.dll that
 * Windows 10 1703+ ships in system32. Wine has none, so `import PySide6.QtCore` fails
 * with "DLL load failed". This DLL exports the same names; every converter lookup
 * answers "not available" (U_FILE_ACCESS_ERROR), so Qt falls back to its built-in
 * UTF-8/UTF-16/Latin-1 codecs, which are all Tafelboek uses. Never shipped: real
 * Windows has the real ICU.
 *
 * Built with the host gcc (ms_abi calling convention), turned into a PE object by
 * objcopy and linked by GNU ld's i386pep emulation; see lane.sh.
 */
#define API __attribute__((ms_abi))
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;

static void fail(UErrorCode *err) {
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}

API void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return 0; }
API const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err); return 0;
}
API int ucnv_countAvailable(void) { return 0; }
API const char *ucnv_getAvailableName(int n) { (void)n; return 0; }
API void ucnv_close(void *cnv) { (void)cnv; }
API void ucnv_reset(void *cnv) { (void)cnv; }
API const char *ucnv_getName(void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
API signed char ucnv_getMaxCharSize(void *cnv) { (void)cnv; return 1; }
API int ucnv_fromUCountPending(void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
API int ucnv_toUCountPending(void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }

/* Conversion and callback functions: never reached (no converter is ever opened). */
API void ucnv_fromUnicode(void) {}
API void ucnv_toUnicode(void) {}
API void ucnv_cbFromUWriteUChars(void) {}
API void ucnv_cbToUWriteUChars(void) {}
API void ucnv_getFromUCallBack(void) {}
API void ucnv_getToUCallBack(void) {}
API void ucnv_setFromUCallBack(void) {}
API void ucnv_setToUCallBack(void) {}

API int DllMain(void *instance, unsigned reason, void *reserved) {
    (void)instance; (void)reason; (void)reserved;
    return 1;
}
