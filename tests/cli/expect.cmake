# Runs a command and checks its exit status, and optionally its standard output against a
# file and its standard error against a regular expression.
#   -DCOMMAND="prog;arg;…" -DEXPECT_EXIT=N [-DEXPECT_STDOUT_FILE=f] [-DEXPECT_STDERR_REGEX=r]
#   [-DEXPECT_STDOUT_REGEX=r]
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit status ${status}, expected ${EXPECT_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(EXPECT_STDOUT_FILE)
  file(READ "${EXPECT_STDOUT_FILE}" expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "standard output differs from ${EXPECT_STDOUT_FILE}:\n${out}")
  endif()
endif()
if(EXPECT_STDOUT_REGEX AND NOT out MATCHES "${EXPECT_STDOUT_REGEX}")
  message(FATAL_ERROR "standard output does not match '${EXPECT_STDOUT_REGEX}':\n${out}")
endif()
if(EXPECT_STDERR_REGEX AND NOT err MATCHES "${EXPECT_STDERR_REGEX}")
  message(FATAL_ERROR "standard error does not match '${EXPECT_STDERR_REGEX}':\n${err}")
endif()
