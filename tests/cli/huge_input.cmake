# A 2 GB line must not exhaust memory: `govtarget progress` on a file whose second line is
# 2 GB long, and `govtarget table` on a 2 GB file, each refused with a clear message. Unless
# the command runs under a sanitizer, it runs with its address space limited to 1 GiB, so
# that buffering the line would fail the test rather than pass it slowly.
#   -DCOMMAND=path/to/govtarget -DWORK_DIR=dir -DLIMIT_MEMORY=ON|OFF
file(MAKE_DIRECTORY "${WORK_DIR}")
set(progress_file "${WORK_DIR}/huge_line.csv")
set(table_file "${WORK_DIR}/huge_table.txt")
file(WRITE "${progress_file}" "task_id,district,lead_unit,category,weight,progress\n1,甲区,区财政局,c,1,50\n2,甲区,区财政局,c,1,")
file(WRITE "${table_file}" "标题\n")
foreach(sparse IN ITEMS "${progress_file}" "${table_file}")
  execute_process(COMMAND truncate -s 2G "${sparse}" RESULT_VARIABLE status)  # zeros, no disk used
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "truncate failed: ${status}")
  endif()
endforeach()

set(limit)
if(LIMIT_MEMORY)
  set(limit prlimit --as=1073741824)
endif()
function(expect_refusal expected)
  execute_process(COMMAND ${limit} ${COMMAND} ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 1 OR NOT err MATCHES "${expected}")
    message(FATAL_ERROR "${ARGN}: exit ${status}, expected 1 and '${expected}'\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  message(STATUS "${ARGN}: ${err}")
endfunction()
expect_refusal("huge_line.csv:3:1: a line longer than 1048576 bytes" progress "${progress_file}")
expect_refusal("huge_line.csv:3:1: a line longer than 1048576 bytes" progress "${progress_file}" --skip-bad)
expect_refusal("huge_table.txt:0:0: the file is 2147483648 bytes, more than the limit of 268435456" table "${table_file}")
expect_refusal("huge_table.txt:0:0: the file is 2147483648 bytes, more than the limit of 268435456" extract "${table_file}")
file(REMOVE "${progress_file}" "${table_file}")
