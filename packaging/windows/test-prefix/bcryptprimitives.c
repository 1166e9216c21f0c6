/* Stand-in for bcryptprimitives.dll, for the Wine test prefix only (never shipped).
 *
 * Rust's standard library (pydantic-core, python-calamine) takes random bytes from ProcessPrng,
 * which Windows 10 has and Wine gained only in 8.13. It forwards to RtlGenRandom
 * (advapi32!SystemFunction036), Windows' own generator. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
