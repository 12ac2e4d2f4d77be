"""Jupyter's kernel conformance suite (jupyter_kernel_test) against the installed Tablebook kernel.

Run by KernelConformanceIT with JUPYTER_PATH pointing at a kernelspec made from target/tablebook.jar:
    /usr/bin/python3 -m unittest -v test_kernel
"""
import os
import unittest

import jupyter_kernel_test


class TablebookKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("TABLEBOOK_KERNEL_NAME", "tablebook")
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "Math.ma", "matches": {"max("}},
        {"text": "ArticleFacts.trade", "matches": {"tradeTotals()"}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "void f() { }", "%lsmagic"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "String s = \"a\" +"]
    invalid_code_samples = ["int 3x = ;"]

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"Tablebook\".length()", "result": "9"},
        {"code": "ArticleFacts.topCrudeSupplier(2023)", "result": "Russia"},
    ]
    code_display_data = [
        {"code": "display(ArticleFacts.events());", "mime": "text/html"},
        {"code": "display(html(\"<b>bold</b>\"));", "mime": "text/html"},
        {"code": "display(markdown(\"# Title\"));", "mime": "text/markdown"},
        {"code": "%%html\n<b>bold</b>", "mime": "text/html"},
        {"code": "%%markdown\n# Title", "mime": "text/markdown"},
        {"code": "%%javascript\nconsole.log(1);", "mime": "application/javascript"},
        {"code": "int listed = 1;\n%vars", "mime": "text/html"},
    ]
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = "clearOutput();"
    code_generate_error = 'throw new IllegalStateException("boom");'


if __name__ == "__main__":
    unittest.main()
