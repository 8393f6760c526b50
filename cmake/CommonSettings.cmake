# One place for the settings every target of ours shares: language level, warnings,
# the strict Qt string rules, and the sanitizers when RA_SANITIZE is on.

# RA_SANITIZE: a false value (OFF, empty) = none; "thread" = ThreadSanitizer; any other true
# value (ON, 1, address) = AddressSanitizer + UndefinedBehaviorSanitizer, as when it was a boolean.
string(TOLOWER "${RA_SANITIZE}" _ra_sanitize)
if(_ra_sanitize STREQUAL "thread" OR _ra_sanitize STREQUAL "tsan")
  set(RA_SANITIZE_KIND thread)
elseif(_ra_sanitize STREQUAL "address" OR _ra_sanitize STREQUAL "asan")
  set(RA_SANITIZE_KIND address)
elseif(NOT RA_SANITIZE)
  set(RA_SANITIZE_KIND "")
elseif(_ra_sanitize MATCHES "^(on|yes|true|y|1)$")
  set(RA_SANITIZE_KIND address)
else()
  message(FATAL_ERROR "RA_SANITIZE=${RA_SANITIZE}: use OFF, ON/address or thread")
endif()
if(RA_SANITIZE_KIND)
  message(STATUS "Sanitizers: ${RA_SANITIZE_KIND}")
endif()
function(ra_common_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wno-unused-parameter)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wshadow=local) # clang spells it differently
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  if(RA_SANITIZE_KIND STREQUAL "thread")
    # ThreadSanitizer. Qt's own inline QMutex code carries TSan annotations (qtsan_impl.h);
    # what Qt does inside its uninstrumented libraries is covered by tests/tsan.supp.
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=thread)
  elseif(RA_SANITIZE_KIND STREQUAL "address")
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# Sources of a library folder: every .cpp/.h below it, so parallel work adds files
# without touching the build script.
function(ra_glob_sources out dir)
  file(GLOB_RECURSE _src CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  set(${out} ${_src} PARENT_SCOPE)
endfunction()
