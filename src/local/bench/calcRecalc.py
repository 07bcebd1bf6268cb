"""Recalculation time of a workbook in headless LibreOffice Calc, load time excluded.

Run by `npm run bench -- --peer` with Debian's python3 (which has the UNO bridge):
    python3 calcRecalc.py WORKBOOK.xlsx RUNS SHEET RANGE
Starts its own soffice (a fresh profile, listening on a pipe), loads the file hidden, then times
RUNS hard recalculations (XCalculatable.calculateAll: every formula, dependencies or not) and
prints JSON: the load time, each recalculation's time, LibreOffice's version, and the values of
SHEET!RANGE after the last one.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(path, runs, sheet_name, cells):
    profile = tempfile.mkdtemp(prefix='pilote-lo-')
    pipe = 'pilote_bench_%d' % os.getpid()
    office = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck',
         '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=pipe,name=%s;urp;' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError('soffice did not answer on its pipe within 60 s')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        provider = ctx.ServiceManager.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
        about = provider.createInstanceWithArguments('com.sun.star.configuration.ConfigurationAccess', (prop('nodepath', '/org.openoffice.Setup/Product'),))
        version = about.getByName('ooSetupVersionAboutBox')
        t0 = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))
        load = time.perf_counter() - t0
        recalc = []
        for _ in range(runs):
            t0 = time.perf_counter()
            doc.calculateAll()
            recalc.append(time.perf_counter() - t0)
        values = doc.Sheets.getByName(sheet_name).getCellRangeByName(cells).getDataArray()
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as soffice exits
        print(json.dumps({'version': version, 'load': load, 'recalc': recalc, 'values': [list(r) for r in values]}))
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
