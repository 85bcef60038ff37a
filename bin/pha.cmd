@echo off
rem The Partnership Health Advisor's command line on Windows, started fast (see bin/pha): the class-data-sharing
rem archive made by "mvnw package" when present (its AOT cache when built on JDK 25), C1 only for short commands,
rem the parallel collector in a 384 MB heap for batch. Settings: JAVA, PHA_JAR, PHA_JAVA_OPTS.
setlocal
set "HERE=%~dp0.."
if "%PHA_JAR%"=="" set "PHA_JAR=%HERE%\advisor\target\pha.jar"
if "%JAVA%"=="" set "JAVA=java"
if not exist "%PHA_JAR%" (
  echo pha: %PHA_JAR% not found; build it first with mvnw -q -DskipTests package 1>&2
  exit /b 2
)
set "ARCHIVE=%PHA_JAR:.jar=.jsa%"
set "CACHE=%PHA_JAR:.jar=.aot%"
set "OPTIONS=-Xlog:cds=off -Xlog:cds+dynamic=off"
rem a build on JDK 25 or later leaves an AOT cache; it wins when both exist (the shell launcher takes the newer)
if exist "%CACHE%" (
  set "OPTIONS=%OPTIONS% -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache=%CACHE% -XX:AOTMode=auto"
) else if exist "%ARCHIVE%" (
  set "OPTIONS=%OPTIONS% -Xshare:auto -XX:SharedArchiveFile=%ARCHIVE%"
)
if /i not "%~1"=="serve" if /i not "%~1"=="batch" set "OPTIONS=%OPTIONS% -XX:TieredStopAtLevel=1"
if /i "%~1"=="batch" if "%PHA_JAVA_OPTS%"=="" set "OPTIONS=%OPTIONS% -XX:+UseParallelGC -Xmx384m"
"%JAVA%" %OPTIONS% %PHA_JAVA_OPTS% -jar "%PHA_JAR%" %*
exit /b %ERRORLEVEL%
