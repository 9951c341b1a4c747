// govtarget::compiled: the readers' definitions compiled once, for the programs that link it
// instead of compiling them in each of their translation units.
#ifndef GOVTARGET_SEPARATE_COMPILATION
#error "govtarget::compiled is built with GOVTARGET_SEPARATE_COMPILATION, and so is every program that links it"
#endif

#include <govtarget/impl/completion_table.hpp>
