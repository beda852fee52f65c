/**
 * How {@code java -jar target/yearbook.jar} starts: the packaged jar hands the command to a second JVM started
 * from the fast-start layout the build made beside it (Spring Boot's extracted jar and a class archive from a
 * training run), with the options a short batch run on an ordinary machine needs; without that layout, or when
 * the caller gave JVM options of their own, the command runs where it was started, as before.
 */
package cn.justice.yearbook.launch;
