#pragma once
// GOVTARGET_SEPARATE_COMPILATION: the definitions the headers mark GOVTARGET_DECL (the table
// reader, the grouping of summaries by name) and the members of the value types are compiled
// once, into the govtarget::compiled library, instead of in every translation unit that uses
// them (headers declare them; include/govtarget/impl/ defines them). Define it for the whole
// program or not at all: CMake's govtarget::compiled does so for whatever links it.
#ifdef GOVTARGET_SEPARATE_COMPILATION
#define GOVTARGET_DECL
#else
#define GOVTARGET_DECL inline
#endif
