#pragma once
// GOVTARGET_SEPARATE_COMPILATION: the readers' definitions are compiled once, into the
// govtarget::compiled library, instead of in every translation unit that includes a reader
// (headers declare them; include/govtarget/impl/ defines them). Define it for the whole
// program or not at all: CMake's govtarget::compiled does so for whatever links it.
#ifdef GOVTARGET_SEPARATE_COMPILATION
#define GOVTARGET_READER_DECL
#else
#define GOVTARGET_READER_DECL inline
#endif
