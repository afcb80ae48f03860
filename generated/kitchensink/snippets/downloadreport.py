from utdk_kitchensink import kitchensink

kitchensink.download_report(report_id="string")
