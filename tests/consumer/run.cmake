# Builds and runs the consumer project against govtarget, either installed into a fresh
# prefix (MODE=find_package) or pulled in with add_subdirectory (MODE=add_subdirectory).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${ARGN}")
  endif()
endfunction()

set(configure_args -S "${CONSUMER_SOURCE_DIR}" -B "${WORK_DIR}/build" -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} --install "${GOVTARGET_BINARY_DIR}" --prefix "${WORK_DIR}/prefix")
  list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix")
else()
  list(APPEND configure_args "-DGOVTARGET_SOURCE_DIR=${GOVTARGET_SOURCE_DIR}")
endif()
run(${CMAKE_COMMAND} ${configure_args})
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")
