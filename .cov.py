import json,sys,collections
pts=json.load(open(sys.argv[1]))
acc=collections.defaultdict(lambda:[0,0,0,0,0,0])
for p in pts:
    if p['category']!='totaal': continue
    for key in [(p['level'],p['horizon'],p['origin']),(p['level'],p['horizon'],'all')]:
        a=acc[key]; a[0]+=1; a[1]+= p['lower']<=p['actual']<=p['upper']; a[2]+=abs(p['model']-p['actual']); a[3]+=abs(p['naive']-p['actual']); a[4]+=abs(p['sharePop']-p['actual']); a[5]+=p['actual']
for k in sorted(acc,key=str):
    a=acc[k]; print(k, 'n',a[0],'cov %.1f'%(100*a[1]/a[0]), 'WAPE model %.3f naive %.3f sp %.3f'%(100*a[2]/a[5],100*a[3]/a[5],100*a[4]/a[5]))
