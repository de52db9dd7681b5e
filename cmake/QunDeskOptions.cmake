# One INTERFACE target carries the language level, warnings and strict Qt defines;
# every QunDesk target links it, so a flag changes in one place.
add_library(qundesk_options INTERFACE)
target_compile_features(qundesk_options INTERFACE cxx_std_20)
target_compile_definitions(qundesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>)
target_compile_options(qundesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${QUNDESK_WERROR}>:-Werror>)
if(QUNDESK_SANITIZE)
    target_compile_definitions(qundesk_options INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    target_compile_options(qundesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(qundesk_options INTERFACE -fsanitize=address,undefined)
endif()
