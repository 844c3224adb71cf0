# Writes helperinterface.h from the helper's interface description, so that the helper's
# decoding and the client's calls name the methods and their signatures from the one
# description people read, and nothing repeats them by hand.
#
#   cmake -DXML=org.rampart.Helper1.xml -DOUTPUT=helperinterface.h -P helperinterface.cmake
#
# The description is Rampart's own: methods with typed arguments, in one interface, no
# signals or properties, attributes in double quotes. Anything else stops the build.

cmake_minimum_required(VERSION 3.25)

file(READ "${XML}" xml)
# Comments may say anything, also what looks like a tag.
string(REGEX REPLACE "<!--([^-]|-[^-])*-->" "" xml "${xml}")
if(xml MATCHES "<!--")
    message(FATAL_ERROR "${XML}: a comment holds \"--\"; the description cannot be read")
endif()

string(REGEX MATCHALL "<[a-z]+( [^>]*)?>|</method>" tags "${xml}")
set(interface "")
set(methods "")
set(current "")
foreach(tag IN LISTS tags)
    if(tag MATCHES "^<(signal|property)")
        message(FATAL_ERROR "${XML}: the helper serves no ${CMAKE_MATCH_1}s: ${tag}")
    elseif(tag MATCHES "^<interface ")
        if(NOT interface STREQUAL "")
            message(FATAL_ERROR "${XML}: more than one interface")
        endif()
        if(NOT tag MATCHES " name=\"([a-zA-Z0-9_.]+)\"")
            message(FATAL_ERROR "${XML}: an interface without a name: ${tag}")
        endif()
        set(interface "${CMAKE_MATCH_1}")
    elseif(tag MATCHES "^<method ")
        if(NOT tag MATCHES " name=\"([A-Z][A-Za-z0-9]*)\"")
            message(FATAL_ERROR "${XML}: a method name is not CamelCase: ${tag}")
        endif()
        set(current "${CMAKE_MATCH_1}")
        if("${current}" IN_LIST methods)
            message(FATAL_ERROR "${XML}: method ${current} is declared twice")
        endif()
        list(APPEND methods "${current}")
        set(in_${current} "")
        set(out_${current} "")
    elseif(tag STREQUAL "</method>")
        set(current "")
    elseif(tag MATCHES "^<arg ")
        if(current STREQUAL "")
            message(FATAL_ERROR "${XML}: an argument outside a method: ${tag}")
        endif()
        if(NOT tag MATCHES " type=\"([abdghinoqstuvxy(){}]+)\"")
            message(FATAL_ERROR "${XML}: ${current} has an argument without a valid type: ${tag}")
        endif()
        set(type "${CMAKE_MATCH_1}")
        # A method's arguments are "in" unless they say otherwise.
        if(tag MATCHES " direction=\"out\"")
            string(APPEND out_${current} "${type}")
        elseif(tag MATCHES " direction=\"in\"" OR NOT tag MATCHES " direction=")
            string(APPEND in_${current} "${type}")
        else()
            message(FATAL_ERROR "${XML}: ${current} has an argument of no known direction: ${tag}")
        endif()
    endif()
endforeach()
if(interface STREQUAL "" OR methods STREQUAL "")
    message(FATAL_ERROR "${XML}: no interface with methods")
endif()

get_filename_component(description "${XML}" NAME)
set(enumerators "")
set(rows "")
foreach(method IN LISTS methods)
    string(APPEND enumerators "    ${method},\n")
    string(APPEND rows "    { HelperMethod::${method}, \"${method}\", \"${in_${method}}\", \"${out_${method}}\" },\n")
endforeach()

set(content "// Written by common/dbus/helperinterface.cmake from ${description}: edit that file.
#pragma once

namespace Rampart {

inline constexpr auto helperInterface = \"${interface}\";

// The methods of the helper's interface, in the order the description declares them.
enum class HelperMethod {
${enumerators}};

struct HelperMethodSignature
{
    HelperMethod method;
    const char *name;
    const char *arguments; // D-Bus signature of the \"in\" arguments
    const char *reply; // and of the \"out\" ones
};

inline constexpr HelperMethodSignature helperMethods[] = {
${rows}};

inline constexpr const HelperMethodSignature &helperMethodSignature(HelperMethod method)
{
    return helperMethods[int(method)];
}

} // namespace Rampart
")
# Written only when it changed, so that a touched description rebuilds nothing needlessly.
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" previous)
    if(previous STREQUAL content)
        return()
    endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
