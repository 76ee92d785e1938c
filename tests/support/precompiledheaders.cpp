// Nothing to compile: this source gives the test executables' shared precompiled headers an owner
// (testpch and uitestpch in tests/CMakeLists.txt), compiled with exactly the flags, definitions
// and include directories of the tests that reuse them.
