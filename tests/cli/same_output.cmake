# Runs two commands and checks that they exit 0 and write the same bytes on standard output.
#   -DFIRST="prog;arg;…" -DSECOND="prog;arg;…"
execute_process(COMMAND ${FIRST} RESULT_VARIABLE first_status OUTPUT_VARIABLE first_out ERROR_VARIABLE first_err)
execute_process(COMMAND ${SECOND} RESULT_VARIABLE second_status OUTPUT_VARIABLE second_out ERROR_VARIABLE second_err)
if(NOT first_status EQUAL 0 OR NOT second_status EQUAL 0)
  message(FATAL_ERROR "exit status ${first_status} and ${second_status}, expected 0\n${first_err}\n${second_err}")
endif()
if(first_out STREQUAL "")
  message(FATAL_ERROR "no output from ${FIRST}")
endif()
if(NOT first_out STREQUAL second_out)
  message(FATAL_ERROR "the outputs differ\n--- ${FIRST}\n${first_out}\n--- ${SECOND}\n${second_out}")
endif()
