# The layering of TokenLedger's code, checked on every build (target `check_layers`, part of
# `all`): an #include that runs back up a layer fails the build with the file, the line and
# the rule it breaks. docs/architecture.md explains the layers.
#
#   cmake -DSOURCE_DIR=<project root> [-DSTAMP=<file>] -P models/CheckLayers.cmake
#
# Each folder lists the folders it may include from (besides itself). Includes of Qt, the C++
# library and third-party headers (<...>) are not checked; "..." includes are, by their first
# path component under models/ or ui/.

# Engine layers, bottom to top.
set(allow_core        "")
set(allow_money       core)
set(allow_domain      core money)
set(allow_text        core)
set(allow_store       core money domain text)
set(allow_pricing     core money domain store)
set(allow_query       core money domain store pricing)
set(allow_ingest      core money domain text store pricing)
set(allow_budgets     core money domain store query)
set(allow_planning    core money domain store pricing query)
set(allow_savings     core money domain store pricing query planning)
set(allow_providers   core money domain store pricing)
set(allow_demo        core money domain store pricing query budgets planning)
set(allow_export      core money domain text store pricing query)
set(allow_report      core money domain text store pricing query budgets planning savings export)
# Qt item models present engine results; services are the use cases, which own the item models
# they fill, run work on workers and are shared by the GUI and the CLI.
set(engine core money domain text store pricing query ingest budgets planning savings providers demo export report)
set(allow_itemmodels  ${engine})
set(allow_services    ${engine} itemmodels)

# The store speaks SQL for every aggregate, so it may know the aggregates' plain value types:
# these headers hold data only and include nothing above the store.
set(store_value_types
    pricing/ModelPrice.h pricing/MatchRule.h pricing/Discounts.h pricing/RequestModifiers.h
    budgets/Budget.h budgets/Alert.h
    providers/Connection.h
    ingest/CsvMapping.h ingest/ImportFormat.h
    query/UsageFilter.h query/UsageRows.h query/Period.h)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers.cmake: pass -DSOURCE_DIR=<project root>")
endif()

set(violations "")
set(checked 0)

function(check_file file layer allowed)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            continue()
        endif()
        set(target "${CMAKE_MATCH_1}")
        if(NOT target MATCHES "^([A-Za-z_]+)/")
            continue() # same-folder or generated header (ui_*.h, *.moc)
        endif()
        set(folder "${CMAKE_MATCH_1}")
        if(folder STREQUAL layer)
            continue()
        endif()
        list(FIND allowed "${folder}" ok)
        if(ok GREATER -1)
            continue()
        endif()
        if(layer STREQUAL "store")
            list(FIND store_value_types "${target}" ok)
            if(ok GREATER -1)
                continue()
            endif()
        endif()
        set(violations "${violations}\n  ${rel}: #include \"${target}\" — '${layer}' may not use '${folder}'" PARENT_SCOPE)
    endforeach()
endfunction()

# models/<layer>/...
file(GLOB layers LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/models" "${SOURCE_DIR}/models/*")
foreach(layer IN LISTS layers)
    if(NOT IS_DIRECTORY "${SOURCE_DIR}/models/${layer}")
        continue()
    endif()
    if(NOT DEFINED allow_${layer})
        set(violations "${violations}\n  models/${layer}/: a folder with no layering rule; add one to models/CheckLayers.cmake")
        continue()
    endif()
    file(GLOB_RECURSE files "${SOURCE_DIR}/models/${layer}/*.h" "${SOURCE_DIR}/models/${layer}/*.cpp")
    foreach(f IN LISTS files)
        check_file("${f}" "${layer}" "${allow_${layer}}")
        math(EXPR checked "${checked} + 1")
    endforeach()
endforeach()

# ui/ (widgets) may use the services and item models but not the store: views never reach the
# database. ui/report is the PDF renderer (Qt Gui only), shared with the CLI.
set(ui_allowed core money domain text pricing query ingest budgets planning savings providers demo
    export report itemmodels services)
file(GLOB_RECURSE files "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(f IN LISTS files)
    # ui/ includes its own folders (pages/, widgets/, ...) by path too.
    check_file("${f}" "ui" "${ui_allowed};pages;dialogs;widgets;report;ui")
    math(EXPR checked "${checked} + 1")
endforeach()

if(violations)
    message(FATAL_ERROR "Layering: an include runs back up a layer (see docs/architecture.md):${violations}")
endif()
message(STATUS "Layering: ${checked} files follow the layers")
if(STAMP)
    file(TOUCH "${STAMP}")
endif()
