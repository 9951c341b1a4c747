#pragma once
// The one place the version is written; CMakeLists.txt reads it from here.

#define GOVTARGET_VERSION_MAJOR 0
#define GOVTARGET_VERSION_MINOR 1
#define GOVTARGET_VERSION_PATCH 0

namespace govtarget {
inline constexpr int version_major = GOVTARGET_VERSION_MAJOR;
inline constexpr int version_minor = GOVTARGET_VERSION_MINOR;
inline constexpr int version_patch = GOVTARGET_VERSION_PATCH;
}  // namespace govtarget
