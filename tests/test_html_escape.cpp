// Document text in HTML is text, never markup.
#include <govtarget/html_escape.hpp>

#include <doctest/doctest.h>

TEST_CASE("markup characters become entities; everything else stays") {
    CHECK(govtarget::html_escape("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    CHECK(govtarget::html_escape("区住建局 53.6%") == "区住建局 53.6%");
    CHECK(govtarget::html_escape("").empty());
}
